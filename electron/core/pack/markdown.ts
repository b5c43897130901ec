// Renders pack Markdown to HTML the renderer can show: no raw HTML, links or images, then an allowlist pass.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
// Links and images would reach outside an offline game; images come from the file's front matter instead.
md.disable(['link', 'image', 'autolink', 'reference']);

type Token = ReturnType<typeof md.parseInline>[number];

/** True when the inline tokens from `i` open a chat line: `**Name:** text` (or `**Name**: text`). */
function startsMessage(tokens: Token[], i: number): boolean {
  // markdown-it puts an empty text token before a line's first emphasis.
  while (tokens[i]?.type === 'text' && tokens[i]!.content === '') i++;
  const [open, name, close, after] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (open?.type !== 'strong_open' || name?.type !== 'text' || close?.type !== 'strong_close') return false;
  return /\S:$/.test(name.content) || (after?.type === 'text' && after.content.startsWith(':'));
}

// Chats and transcripts are written one message per line. Markdown would join those lines into one
// paragraph, so a line break before a line that opens with a bold speaker name is kept as a line break.
md.core.ruler.after('inline', 'message-lines', (state) => {
  for (const block of state.tokens) {
    const children = block.children;
    if (block.type !== 'inline' || !children) continue;
    children.forEach((token, i) => {
      if (token.type === 'softbreak' && startsMessage(children, i + 1)) token.type = 'hardbreak';
    });
  }
});

const ALLOWED_TAGS = new Set([
  'p',
  'br',
  'hr',
  'em',
  'strong',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

/**
 * Keeps only allowlisted tags, dropping their attributes (except a numeric `start` on lists), and escapes
 * everything else, so even a markdown-it bug cannot let markup through.
 */
export function sanitiseHtml(html: string): string {
  return html.replace(/<[^>]*>?/g, (tag) => {
    const m = /^<(\/?)([a-z][a-z0-9]*)(\s[^<>]*)?>$/.exec(tag);
    if (m && ALLOWED_TAGS.has(m[2]!)) {
      const start = m[1] ? undefined : /^\s+start="(\d{1,6})"/.exec(m[3] ?? '')?.[1];
      return `<${m[1]}${m[2]}${start && m[2] === 'ol' ? ` start="${start}"` : ''}>`;
    }
    return tag.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  });
}

export function renderMarkdown(source: string): string {
  return sanitiseHtml(md.render(source));
}

/** Plain words of a Markdown body, for word counts and quote checks. */
export function plainText(source: string): string {
  return source
    .replace(/[*_`#>|~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
