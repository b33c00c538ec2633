// The JSON text of an answer, written once: the idempotency store keeps an answer's text, and the reply serializer
// (app.setup.ts) sends those same bytes rather than writing the object again. A first answer and its replays are
// then one text. Held weakly: an answer's text lives as long as its object.
const TEXTS = new WeakMap<object, string>();

// The answer's text, kept for the reply that sends this object.
export function jsonText(body: unknown): string {
  const text = JSON.stringify(body);
  if (typeof body === 'object' && body !== null) TEXTS.set(body, text);
  return text;
}

// What a reply sends for a payload: the text already written for it, else its JSON.
export function replyText(payload: unknown): string {
  return (
    (typeof payload === 'object' && payload !== null ? TEXTS.get(payload) : undefined) ??
    JSON.stringify(payload)
  );
}
