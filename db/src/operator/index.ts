export { createOperator, OperatorExistsError, seedOperator, type OperatorCredentials } from './create-operator';
export { hashPassword, verifyAgainstNobody, verifyPassword } from './passwords';
export { sealSecret, unsealSecret, UnsealError } from './seal';
export { acceptedStep, newTotpSecret, otpauthUrl, totpIssuer } from './totp';
export { tokenDigest } from './keys';
