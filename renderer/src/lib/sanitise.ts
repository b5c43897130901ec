// Every piece of pack HTML passes DOMPurify before it reaches the page, even though the engine already
// sanitised it: pack files come from strangers.
import DOMPurify from 'dompurify';

export function safeHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style', 'srcset'],
    ALLOWED_URI_REGEXP: /^(?:data:image\/(?:png|jpeg|webp|gif);|#)/i,
  });
}
