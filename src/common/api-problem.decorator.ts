import { ApiResponse } from '@nestjs/swagger';
import { ErrorCode } from './error-catalogue';
import { problem } from './problem';

export interface ProblemResponse {
  description: string;
  content: Record<string, { schema: { $ref: string }; example: Record<string, unknown> }>;
}

export const PROBLEM_REF = '#/components/schemas/Problem';
const EXAMPLE_REQUEST_ID = '0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11';

// One documented error: a problem body with an example carrying the first code given.
export function problemResponse(
  status: number,
  codes: [ErrorCode, ...ErrorCode[]],
  description: string,
  detail = description,
): ProblemResponse {
  return {
    description: `${description} (${codes.join(', ')})`,
    content: {
      'application/problem+json': {
        schema: { $ref: PROBLEM_REF },
        example: { ...problem(status, codes[0], detail), requestId: EXAMPLE_REQUEST_ID },
      },
    },
  };
}

// An error a handler gives that the central rules in openapi.ts cannot see: a conflict with the current state, a
// domain rule, or an id in the body or query that must exist in the caller's scope. The first code is the example.
export const ApiProblem = (
  status: 404 | 409 | 422,
  codes: [ErrorCode, ...ErrorCode[]],
  description: string,
  detail?: string,
) => ApiResponse({ status, ...problemResponse(status, codes, description, detail) });
