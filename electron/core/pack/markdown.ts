// Renders pack Markdown to HTML the renderer can show: no raw HTML, links or images, then an allowlist pass.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
// Links and images would reach outside an offline game; images come from the file's front matter instead.
md.disable(['link', 'image', 'autolink', 'reference']);

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
