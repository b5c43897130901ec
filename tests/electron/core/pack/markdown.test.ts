// Markdown rendering for vault files and scenes: no raw HTML, no links or images, allowlisted tags only.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, sanitiseHtml } from '@core/pack';

describe('renderMarkdown', () => {
  it('renders emphasis, lists and tables', () => {
    expect(renderMarkdown('**Kai:** *hi*\n\n3. a\n4. b')).toBe(
      '<p><strong>Kai:</strong> <em>hi</em></p>\n<ol start="3">\n<li>a</li>\n<li>b</li>\n</ol>\n',
    );
    expect(renderMarkdown('| a |\n|:-|\n| 1 |')).toContain('<th>a</th>');
  });

  it('escapes raw HTML and scripts', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('does not turn links, autolinks or remote images into markup', () => {
    const html = renderMarkdown(
      '[x](javascript:alert(1)) ![i](https://example.com/a.png) <https://example.com> www.example.com',
    );
    expect(html).not.toMatch(/<a|<img|href|src=/);
  });
});

describe('sanitiseHtml', () => {
  it('drops attributes from allowed tags and escapes tags that are not allowed', () => {
    expect(sanitiseHtml('<p onclick="x()">a</p><iframe src="y"></iframe><th style="x">b</th>')).toBe(
      '<p>a</p>&lt;iframe src=&quot;y&quot;&gt;&lt;/iframe&gt;<th>b</th>',
    );
  });

  it('escapes an unterminated tag', () => {
    expect(sanitiseHtml('<p>a</p><script')).toBe('<p>a</p>&lt;script');
  });
});

describe('chat lines', () => {
  it('keeps one message per line when each line opens with a bold speaker name', () => {
    expect(renderMarkdown('**Mira:** you there?\n**Kai:** always\n**Mira**: good')).toBe(
      '<p><strong>Mira:</strong> you there?<br>\n<strong>Kai:</strong> always<br>\n<strong>Mira</strong>: good</p>\n',
    );
  });

  it('still joins wrapped prose, and a wrapped message line, into one paragraph', () => {
    expect(renderMarkdown('Kai wrote this\non two lines with **bold:** inside.')).toBe(
      '<p>Kai wrote this\non two lines with <strong>bold:</strong> inside.</p>\n',
    );
    expect(renderMarkdown('**Mira:** a long message that the author\nwrapped by hand')).not.toContain('<br>');
  });

  it("renders the campaign's chat files with one line break per message", async () => {
    const file = resolve(
      import.meta.dirname,
      '../../../../puzzles/neos-2148/files/chats/commons-chat-0712.md',
    );
    const body = (await readFile(file, 'utf8')).split(/^---$/m)[2]!.trim();
    const messages = body.split('\n').filter((l) => l.startsWith('**')).length;
    expect(renderMarkdown(body).match(/<br>/g)).toHaveLength(messages - 1);
  });
});
