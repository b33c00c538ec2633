import { jsonText, replyText } from './json-text';

describe('an answer’s JSON text', () => {
  it('is written once: the reply sends the text kept for its object', () => {
    const answer = { id: 'a', figures: [1, 2], at: new Date('2026-12-05T00:00:00Z') };
    const text = jsonText(answer);
    expect(text).toBe(JSON.stringify(answer));
    // What the reply sends is the stored text itself, not the object written again.
    answer.figures.push(3);
    expect(replyText(answer)).toBe(text);
  });

  it('is the object’s JSON for any other payload', () => {
    expect(replyText({ b: 1, a: [null] })).toBe('{"b":1,"a":[null]}');
    expect(replyText([1, 'x'])).toBe('[1,"x"]');
    expect(replyText(null)).toBe('null');
  });
});
