export { Operator, type OperatorEntity } from './operator';
export { OperatorSession, type OperatorSessionEntity } from './operator-session';
export { OperatorAuditEvent, type OperatorAuditEventEntity } from './operator-audit-event';
