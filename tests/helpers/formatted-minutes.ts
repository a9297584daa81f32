// The demo conference's minutes with formatting typed into two parts (italic, bold and
// underlined words, a bullet list), as the clipboard tests copy them.
import type { Draft } from '../../src/shared/drafting/draft-types';
import { bulletList, paragraph, richDoc, text } from '../../src/shared/drafting/rich-text';
import type { TestServices } from './services';

export async function formattedMinutes(t: TestServices): Promise<Draft> {
  const { conferenceId } = await t.call('demo.create', {});
  const draft = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
  await t.call('drafts.saveSection', {
    draftId: draft.id,
    key: 'agenda',
    doc: richDoc(
      paragraph(
        'Hội nghị đã nghe đồng chí ',
        text('Trần Đức Long', 'italic'),
        ' trình bày ',
        text('Báo cáo', 'bold', 'underline'),
        ' quý IV.',
      ),
    ),
  });
  await t.call('drafts.saveSection', {
    draftId: draft.id,
    key: 'conclusions',
    doc: richDoc(
      paragraph('Đồng chí chủ trì đề nghị:'),
      bulletList(paragraph('Hoàn thành đại hội chi bộ trong quý I;'), paragraph('Rà soát quy hoạch cán bộ.')),
    ),
  });
  return t.call('drafts.open', { conferenceId, kind: 'minutes' });
}
