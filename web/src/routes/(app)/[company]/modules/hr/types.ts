import type { Schemas } from '#lib/api';

/** HR's answers by the names the API's OpenAPI document gives them. */
export type Colleague = Schemas['HrColleague'];
export type LeaveBalance = Schemas['HrLeaveBalance'];
export type LeaveRequest = Schemas['HrLeaveRequest'];
export type LeaveType = Schemas['HrLeaveType'];
export type LeavePreview = Schemas['HrLeavePreview'];
export type OrgChartNode = Schemas['HrOrgChartNode'];
export type TeamCalendar = Schemas['HrTeamCalendar'];
export type Absence = Schemas['HrAbsence'];
export type ImportPreview = Schemas['HrEmployeeImportPreview'];
export type ImportResult = Schemas['HrEmployeeImportResult'];

/** What an HR form action hands back: a sentence for the page, one per field, what was typed. */
export interface HrNotice {
  tone: 'success' | 'error';
  message: string;
  /** The record the message is about (a leave request), to show it beside that record. */
  id?: string;
}
