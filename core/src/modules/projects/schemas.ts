import { z } from 'zod';
import { text } from '../../api/text';
import { isoDate } from '../hr/schemas';
import { projectStatuses, taskStatuses } from './board';

const id = (what: string) => z.uuid({ error: `That is not a ${what} id.` });
const required = (max: number, message: string, field: string, multiline = false) => text({ field, min: 1, max, multiline, messages: { required: message, min: message } });
const accountId = (field: string) => z.string({ error: `Give the ${field}.` }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: `That is not a ${field}.` });
const taskStatus = z.enum(taskStatuses, { error: `The status is one of ${taskStatuses.join(', ')}.` });
const dueOn = isoDate('due date').nullable().optional();

export const projectsParams = z.object({ companyId: id('company') });
export const projectParams = projectsParams.extend({ projectId: id('project') });
export const projectTaskParams = projectParams.extend({ taskId: id('task') });
export const projectChecklistItemParams = projectTaskParams.extend({ itemId: id('checklist item') });
export const projectMilestoneParams = projectParams.extend({ milestoneId: id('milestone') });
export const projectGuestParams = projectParams.extend({ guestId: id('guest') });

// Projects.

export const projectInput = z
  .object({
    name: required(120, 'Give the project a name.', 'project name'),
    description: text({ field: 'description', max: 2000, multiline: true }).default(''),
    /** Start with the tasks of the provisioned project template ("Client project"). */
    fromTemplate: z.boolean({ error: 'fromTemplate is true or false.' }).default(true),
    startsOn: isoDate('start date').nullable().optional(),
    dueOn,
  })
  .meta({ id: 'ProjectInput' });
export const projectPatch = z
  .object({
    name: required(120, 'Give the project a name.', 'project name').optional(),
    description: text({ field: 'description', max: 2000, multiline: true }).optional(),
    /** Archiving frees an active-project place; reopening takes one again. */
    status: z.enum(projectStatuses, { error: 'The status is active or archived.' }).optional(),
    startsOn: isoDate('start date').nullable().optional(),
    dueOn,
  })
  .meta({ id: 'ProjectPatch' });
export const projectView = z
  .object({
    id: z.string(), name: z.string(), description: z.string(), status: z.enum(projectStatuses), ownerId: z.string().nullable(),
    startsOn: z.string().nullable(), dueOn: z.string().nullable(), createdAt: z.string(),
    tasks: z.object({ total: z.number().int(), done: z.number().int() }),
    canEdit: z.boolean(),
  })
  .meta({ id: 'Project' });
export const projectListQuery = z.object({ status: z.enum(projectStatuses, { error: 'The status is active or archived.' }).optional() });
export const projectList = z.object({ projects: z.array(projectView) }).meta({ id: 'ProjectList' });

// Tasks.

export const projectTaskInput = z
  .object({
    title: required(200, 'Give the task a title.', 'task title'),
    description: text({ field: 'description', max: 4000, multiline: true }).default(''),
    status: taskStatus.default('todo'),
    /** The member responsible; they get the due-date reminder. */
    ownerId: accountId('owner').nullable().optional(),
    dueOn,
  })
  .meta({ id: 'ProjectTaskInput' });
export const projectTaskPatch = z
  .object({
    title: required(200, 'Give the task a title.', 'task title').optional(),
    description: text({ field: 'description', max: 4000, multiline: true }).optional(),
    ownerId: accountId('owner').nullable().optional(),
    dueOn,
  })
  .meta({ id: 'ProjectTaskPatch' });
/** A drop on the board, or the card's "Move to" menu: the column, and where in it (the end by default). */
export const projectTaskMove = z
  .object({ status: taskStatus, position: z.number({ error: 'The position is a whole number.' }).int().min(0).max(100_000).optional() })
  .meta({ id: 'ProjectTaskMove' });
export const projectTaskView = z
  .object({
    id: z.string(), projectId: z.string(), title: z.string(), description: z.string(), status: taskStatus, position: z.number().int(),
    ownerId: z.string().nullable(), dueOn: z.string().nullable(), completedAt: z.string().nullable(),
    checklist: z.object({ total: z.number().int(), done: z.number().int() }),
    canEdit: z.boolean(),
  })
  .meta({ id: 'ProjectTask' });

export const checklistItemInput = z.object({ label: required(200, 'Write what needs doing.', 'checklist item') }).meta({ id: 'ProjectChecklistItemInput' });
export const checklistItemPatch = z
  .object({ label: required(200, 'Write what needs doing.', 'checklist item').optional(), done: z.boolean({ error: 'done is true or false.' }).optional() })
  .meta({ id: 'ProjectChecklistItemPatch' });
export const checklistItemView = z.object({ id: z.string(), label: z.string(), done: z.boolean(), position: z.number().int() }).meta({ id: 'ProjectChecklistItem' });

export const projectCommentInput = z.object({ body: required(4000, 'Write a comment.', 'comment', true) }).meta({ id: 'ProjectCommentInput' });
export const projectCommentView = z
  .object({ id: z.string(), authorId: z.string().nullable(), authorName: z.string(), body: z.string(), mentions: z.array(z.string()), createdAt: z.string() })
  .meta({ id: 'ProjectComment' });

export const projectTaskDetail = z
  .object({ task: projectTaskView, checklist: z.array(checklistItemView), comments: z.array(projectCommentView) })
  .meta({ id: 'ProjectTaskDetail' });

// Milestones.

export const milestoneInput = z.object({ name: required(120, 'Give the milestone a name.', 'milestone name'), dueOn: isoDate('due date') }).meta({ id: 'ProjectMilestoneInput' });
export const milestonePatch = z
  .object({
    name: required(120, 'Give the milestone a name.', 'milestone name').optional(),
    dueOn: isoDate('due date').optional(),
    reached: z.boolean({ error: 'reached is true or false.' }).optional(),
  })
  .meta({ id: 'ProjectMilestonePatch' });
export const milestoneView = z
  .object({ id: z.string(), projectId: z.string(), name: z.string(), dueOn: z.string(), reachedAt: z.string().nullable() })
  .meta({ id: 'ProjectMilestone' });

/** One project's board: the project, every task in board order, its milestones. */
export const projectBoard = z
  .object({ project: projectView, tasks: z.array(projectTaskView), milestones: z.array(milestoneView) })
  .meta({ id: 'ProjectBoard' });

/** The timeline: every active project's span and milestones. */
export const projectTimeline = z
  .object({
    projects: z.array(z.object({ id: z.string(), name: z.string(), startsOn: z.string().nullable(), dueOn: z.string().nullable(), milestones: z.array(milestoneView) })),
  })
  .meta({ id: 'ProjectTimeline' });

export const thisWeekQuery = z.object({ scope: z.enum(['me', 'company'], { error: 'scope is me or company.' }).default('me') });
export const thisWeekView = z
  .object({
    from: z.string(), to: z.string(), scope: z.enum(['me', 'company']),
    tasks: z.array(projectTaskView.extend({ projectName: z.string() })),
    milestones: z.array(milestoneView.extend({ projectName: z.string() })),
  })
  .meta({ id: 'ProjectsThisWeek' });

// Client guests: outside people who follow one project.

export const projectGuestInput = z
  .object({
    email: z.email({ error: 'That is not an email address.' }).max(200, { error: 'That email address is too long.' }),
    name: required(120, 'Give the guest’s name.', 'name'),
  })
  .meta({ id: 'ProjectGuestInput' });
export const projectGuestView = z
  .object({
    id: z.string(), projectId: z.string(), email: z.string(), name: z.string(), status: z.enum(['invited', 'active', 'revoked']),
    invitedAt: z.string(), acceptedAt: z.string().nullable(),
  })
  .meta({ id: 'ProjectGuest' });
export const projectGuestList = z.object({ guests: z.array(projectGuestView) }).meta({ id: 'ProjectGuestList' });

const guestToken = z.string({ error: 'The invitation link is incomplete.' }).regex(/^[A-Za-z0-9_-]{20,100}$/, { error: 'The invitation link is incomplete.' });
export const guestInvitationParams = z.object({ token: guestToken });
export const guestInvitationPreview = z
  .object({ companyName: z.string(), projectName: z.string(), email: z.string(), invitedBy: z.string(), accountExists: z.boolean() })
  .meta({ id: 'GuestInvitationPreview' });
export const acceptGuestInvitation = z
  .object({
    token: guestToken,
    name: text({ field: 'name', max: 120 }).optional(),
    password: z.string().min(10, { error: 'Choose a password of at least 10 characters.' }).max(128, { error: 'That password is too long.' }).optional(),
  })
  .meta({ id: 'AcceptGuestInvitation' });
export const acceptedGuestInvitation = z.object({ projectId: z.string() }).meta({ id: 'AcceptedGuestInvitation' });

/** What a guest sees: the projects they follow, each in its company. */
export const guestProjectParams = z.object({ projectId: id('project') });
export const guestProjectTaskParams = guestProjectParams.extend({ taskId: id('task') });
export const guestProjectList = z
  .object({ projects: z.array(z.object({ id: z.string(), name: z.string(), companyName: z.string() })) })
  .meta({ id: 'GuestProjectList' });
const namedTask = projectTaskView.omit({ canEdit: true }).extend({ ownerName: z.string().nullable() });
export const guestProjectView = z
  .object({
    project: z.object({ id: z.string(), name: z.string(), description: z.string(), companyName: z.string(), startsOn: z.string().nullable(), dueOn: z.string().nullable() }),
    tasks: z.array(namedTask),
    milestones: z.array(milestoneView),
  })
  .meta({ id: 'GuestProject' });
export const guestTaskView = z
  .object({ task: namedTask, checklist: z.array(checklistItemView), comments: z.array(projectCommentView) })
  .meta({ id: 'GuestProjectTask' });

export type ProjectInput = z.infer<typeof projectInput>;
export type ProjectTaskInput = z.infer<typeof projectTaskInput>;
export type ProjectView = z.infer<typeof projectView>;
export type ProjectTaskView = z.infer<typeof projectTaskView>;

export const projectDeleted = z.object({ deleted: z.literal(true) }).meta({ id: 'ProjectsDeleted' });
