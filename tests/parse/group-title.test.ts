import { describe, expect, it } from 'vitest';
import { titleFromLeadIn } from '../../src/parse/group-title.js';

describe('titleFromLeadIn', () => {
  it.each([
    ['在此，我向各位校长提三点希望：', '提三点希望'],
    ['关键是要树立以下四个教育理念，以最大的合力，促进学校发展。', '树立以下四个教育理念'],
    ['过去一年，我们做了三件事：', '做了三件事'],
    ['下面，我再强调几点意见：', '强调几点意见'],
    ['大家辛苦了，保持了学校良好的发展态势：', '保持了学校良好的发展态势'],
    ['面对新任务，我们一定要牢记使命，努力建设人民满意的政府。', '努力建设人民满意的政府'],
    ['下一步，我们要着力“三抓”推进工作：', '着力“三抓”推进工作'],
  ])('%s → %s', (leadIn, title) => {
    expect(titleFromLeadIn(leadIn)).toBe(title);
  });
});
