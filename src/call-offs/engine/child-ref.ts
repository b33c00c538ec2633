// A Unique Pupil Number is a letter, 11 digits and a check character (DfE UPN guidance): the API must never hold one.
const UPN_SHAPE = /^[A-Za-z]\d{11}[0-9A-Za-z]$/;

export function looksLikeUpn(childRef: string): boolean {
  return UPN_SHAPE.test(childRef.replace(/[\s-]/g, ''));
}
