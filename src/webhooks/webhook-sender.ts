import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { useAgent } from 'request-filtering-agent';

export interface SendResult {
  status: number | null;
  error: string | null;
}

// One POST to a receiver. Unless private targets are allowed, the connection goes through request-filtering-agent,
// which refuses private, loopback, link-local and meta addresses after DNS resolution (so a hostname that resolves
// to 127.0.0.1 or 169.254.169.254 is refused too, not just a literal address).
export function sendWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; allowPrivateTargets: boolean },
): Promise<SendResult> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: SendResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const target = new URL(url);
    const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(
      target,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
        agent: options.allowPrivateTargets ? undefined : useAgent(url),
        timeout: options.timeoutMs,
      },
      (res) => {
        // The body is not read for meaning, only drained so the socket is released.
        res.resume();
        res.on('end', () => finish({ status: res.statusCode ?? null, error: null }));
        res.on('error', (error) => finish({ status: res.statusCode ?? null, error: error.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no response within ${options.timeoutMs} ms`)));
    req.on('error', (error) => finish({ status: null, error: error.message }));
    req.end(body);
  });
}
