// A Word document of a conference, made from its data with a format profile: the bytes and
// the name to save them under. Saving is the doors' business (exports.save, the CLI).
import type { Document } from 'docx';
import type { ServiceInput } from '../../shared/contract';
import { documentKinds, type DocumentKind, type RenderedDocument } from '../../shared/documents/export-calls';
import { AppError } from '../../shared/errors';
import type { FormatProfile } from '../../shared/documents/format-profile';
import { asciiFileStem } from '../../shared/text/file-name';
import { attendeeListDocument } from './docx/attendee-list';
import { minutesDocument } from './docx/minutes';
import { newsDocument } from './docx/news';
import { Fragments, packDocument } from './docx/pack';
import { placeCardsDocument } from './docx/place-cards';
import { quickReportDocument } from './docx/quick-report';
import type { SignerNames } from './docx/signatures';
import { quickReport } from '../conference-day/quick-report';
import { clockWords, localIsoDate, momentWords, officialDate } from '../../shared/text/vietnamese-dates';
import { stepsOf } from '../../shared/drafting/script-steps';
import { conclusionDocument } from './docx/conclusion';
import { invitationDocument } from './docx/invitation';
import { subjectOf } from './docx/issued-document';
import { planDocument } from './docx/plan';
import { reportDocument } from './docx/report';
import { scriptDocument } from './docx/script';
import { getConference } from '../conferences/conferences';
import type { Draft, NumberedKind } from '../../shared/drafting/draft-types';
import type { HeaderDetails } from './docx/header';
import { isNumbered, issueDraft, printedNumber, typedNumber } from './issue';
import type { ServiceContext } from '../services/context';
import { getVersion, lockDraft, openDraft } from '../drafting/drafts';
import { entryForDraft } from '../register/register';
import { loadConferenceFacts, presidingAt } from '../drafting/conference-facts';
import { getProfile } from './profiles/profiles';
import type { AttendeeGroup } from './docx/attendee-table';
import { attendeeGroups, headerDetails, listedPoints, placeCards, symbolCode, type SymbolCode } from './document-data';
import { profileIdFor, rememberHeader, storedHeader } from './header-store';

export type ExportInput = ServiceInput<'exports.render'>;

const fileStems: Record<DocumentKind, string> = {
  minutes: 'Bien-ban',
  attendeeList: 'Danh-sach-dai-bieu',
  signInSheet: 'Danh-sach-ky',
  placeCards: 'Bang-ten',
  news: 'Tin-bai',
  quickReport: 'Bao-cao-nhanh',
  invitation: 'Giay-moi',
  plan: 'Ke-hoach',
  conclusion: 'Thong-bao-ket-luan',
  report: 'Bao-cao-ket-qua',
  script: 'Kich-ban',
};

/**
 * Whose names the signatures print: the conference's first secretary and chair, the person
 * presiding at the main point (the chair, when the point names nobody else), and the signer
 * typed for the document. At the secretary's own point, the one who presides there chairs her minutes.
 */
function signerNames(ctx: ServiceContext, conferenceId: number, signer: string | null): SignerNames {
  const facts = loadConferenceFacts(ctx, conferenceId);
  if (facts.own) {
    const presiding = presidingAt(facts.own)?.fullName ?? null;
    return { secretary: facts.secretaries[0]?.fullName ?? null, chair: presiding, presiding, signer };
  }
  const chair = facts.chairs[0]?.fullName ?? null;
  return {
    secretary: facts.secretaries[0]?.fullName ?? null,
    chair,
    presiding: facts.mainPoint?.point.presidingName ?? chair,
    signer,
  };
}

/** The first `limit` attendees only, for the preview of the first pages. */
function firstRows(groups: AttendeeGroup[], limit: number | undefined): AttendeeGroup[] {
  if (limit === undefined) return groups;
  let left = limit;
  return groups.flatMap((g) => {
    if (left <= 0) return [];
    const attendees = g.attendees.slice(0, left);
    left -= attendees.length;
    return [{ ...g, attendees }];
  });
}

function build(ctx: ServiceContext, input: ExportInput, profile: FormatProfile, fragments: Fragments): Document {
  const { conferenceId } = input;
  const conference = getConference(ctx, { id: conferenceId });
  const choices = { ...storedHeader(ctx, conferenceId).choices, ...input.header };
  const header = (numbered: { readonly code: SymbolCode } | null) =>
    headerDetails(ctx, conferenceId, profile, choices, numbered);
  /**
   * The header of a numbered draft: the register's number and day once it is issued (saving as
   * issued gives it), else the number typed now; a number typed for another document of the
   * conference is not this one's.
   */
  const typedFor = (kind: NumberedKind) => (kind === 'minutes' ? choices.number : input.header?.number);
  /**
   * A numbered draft as it prints: once issued, the version that went out (later edits are
   * new versions, not what the number was given to); saving it as issued locks the current
   * version and numbers it, both or neither.
   */
  const numberedDraft = (kind: NumberedKind): Draft => {
    const draft = openDraft(ctx, { conferenceId, kind });
    if (input.issue && input.remember && !entryForDraft(ctx, draft.id))
      ctx.db.transaction(() => {
        if (!draft.version.lockedAt) lockDraft(ctx, { draftId: draft.id });
        issueDraft(ctx, draft, profile, choices, typedNumber(typedFor(kind)));
      })();
    const entry = entryForDraft(ctx, draft.id);
    return entry?.draftVersionId != null && entry.draftVersionId !== draft.version.id
      ? getVersion(ctx, { versionId: entry.draftVersionId })
      : draft;
  };
  const numberedHeader = (draft: Draft, date: string): HeaderDetails => {
    const code = symbolCode(profile, draft.kind as NumberedKind, draft.settings.invitationForm);
    const printed = printedNumber(ctx, draft, profile, choices, {
      issue: input.issue,
      typed: typedFor(draft.kind as NumberedKind),
    });
    const details = header({ code });
    return {
      ...details,
      number: printed.number,
      symbol: printed.symbol ?? details.symbol,
      date: draft.kind === 'minutes' ? date : (printed.issuedOn ?? date),
    };
  };
  const groups = (presentOnly: boolean) =>
    firstRows(attendeeGroups(ctx, conferenceId, input.order, presentOnly), input.previewRows);
  const document = input.document;
  if (input.issue && !isNumbered(document))
    throw new AppError('VALIDATION', `${documentKinds.label(document)} không cấp số trong sổ văn bản đi.`, 'issue');
  switch (document) {
    case 'minutes': {
      const draft = numberedDraft('minutes');
      return minutesDocument(
        profile,
        {
          header: numberedHeader(draft, conference.date),
          conferenceName: conference.name,
          sections: draft.sections,
          signerNames: signerNames(ctx, conferenceId, draft.settings.signerName),
          appendix: input.appendix ? groups(true) : null,
        },
        fragments,
      );
    }
    case 'attendeeList':
    case 'signInSheet':
      return attendeeListDocument(
        profile,
        { header: header(null), conferenceName: conference.name, groups: groups(false) },
        document === 'signInSheet' ? 'signIn' : 'list',
        fragments,
      );
    case 'placeCards':
      return placeCardsDocument(profile, conference.name, placeCards(ctx, conferenceId));
    case 'quickReport':
      return quickReportDocument(profile, {
        header: header(null),
        conferenceName: conference.name,
        moment: momentWords(new Date()),
        report: quickReport(ctx, { conferenceId, record: false }),
        signerNames: signerNames(ctx, conferenceId, null),
      });
    case 'news': {
      const draft = openDraft(ctx, { conferenceId, kind: 'news' });
      const part = (key: string) => draft.sections.find((s) => s.key === key)!.doc;
      return newsDocument(profile, {
        title: part('title'),
        lead: part('lead'),
        attendance: part('attendance'),
        body: part('body'),
        byline: part('byline'),
      });
    }
    case 'script': {
      const draft = openDraft(ctx, { conferenceId, kind: 'script' });
      const steps = draft.sections.find((s) => s.key === 'steps')?.doc;
      return scriptDocument(
        profile,
        {
          conferenceName: conference.name,
          when: `${clockWords(conference.startTime)}, ${officialDate(conference.date)}`,
          steps: steps ? stepsOf(steps) : [],
          sections: draft.sections,
        },
        fragments,
      );
    }
    case 'invitation':
    case 'plan':
    case 'conclusion':
    case 'report': {
      const draft = numberedDraft(document);
      const form = draft.settings.invitationForm;
      const subject = subjectOf(draft.sections);
      const data = {
        header: {
          // Issued before the conference or after it: dated the day it is given its number, else made.
          ...numberedHeader(draft, localIsoDate(new Date())),
          ...(document === 'invitation' && form === 'congVan' && subject
            ? { letterSubject: letterSubject(subject) }
            : {}),
        },
        conferenceName: conference.name,
        sections: draft.sections,
        signerNames: signerNames(ctx, conferenceId, draft.settings.signerName),
      };
      if (document === 'invitation')
        return invitationDocument(profile, { ...data, form, points: listedPoints(ctx, conferenceId) }, fragments);
      if (document === 'plan')
        return planDocument(profile, { ...data, points: listedPoints(ctx, conferenceId) }, fragments);
      if (document === 'conclusion') return conclusionDocument(profile, data);
      return reportDocument(profile, { ...data, report: quickReport(ctx, { conferenceId, record: false }) });
    }
  }
}

/** A công văn's trích yếu as printed under its number: "V/v triệu tập Hội nghị …". */
function letterSubject(subject: string): string {
  const text = subject.trim().replace(/^V\/v\s*/iu, '');
  return `V/v ${text.charAt(0).toLocaleLowerCase('vi-VN')}${text.slice(1)}`;
}

export async function renderDocumentBytes(
  ctx: ServiceContext,
  input: ExportInput,
): Promise<{ bytes: Buffer; fileName: string; profileId: string; profile: FormatProfile }> {
  const conference = getConference(ctx, { id: input.conferenceId });
  const profileId = profileIdFor(ctx, input.conferenceId, input.profileId);
  const { profile } = getProfile(ctx, { id: profileId });
  const fragments = new Fragments();
  const bytes = await packDocument(build(ctx, input, profile, fragments), fragments);
  return { bytes, fileName: `${fileStems[input.document]}-${asciiFileStem(conference.name)}.docx`, profileId, profile };
}

export async function renderDocument(ctx: ServiceContext, input: ExportInput): Promise<RenderedDocument> {
  const { bytes, fileName, profileId, profile } = await renderDocumentBytes(ctx, input);
  if (input.remember) {
    const stored = storedHeader(ctx, input.conferenceId).choices;
    // The number kept for the next export is the minutes'; another document's is its own.
    const number =
      input.document === 'minutes' && input.header && 'number' in input.header ? input.header.number : stored.number;
    rememberHeader(ctx, input.conferenceId, { ...stored, ...input.header, number }, profileId);
  }
  return { fileName, content: bytes.toString('base64'), profileId, profileName: profile.name };
}
