// Markdown rendering for vault files and scenes: no raw HTML, no links or images, allowlisted tags only.
import { describe, expect, it } from 'vitest';
import { renderMarkdown, sanitiseHtml } from '../../../../electron/core/pack';

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
