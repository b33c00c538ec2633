export enum Role {
  Admin = 'admin',
  Commissioner = 'commissioner',
  Provider = 'provider',
  Auditor = 'auditor',
}

// Who is calling, resolved from the API key by the guard. Scope checks read this, never the raw key.
export interface Caller {
  keyId: string;
  role: Role;
  organisationId: string | null;
  providerId: string | null;
}
