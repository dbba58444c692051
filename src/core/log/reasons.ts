// Why a row does not count, and what is wrong in Settings, told in the user's language.

import { formatDate } from '../dates/thaiDate';
import { type Lang, message } from '../i18n/messages';
import type { SettingsProblem } from '../kr/settings';
import type { Reason } from './count';
import { statusLabel } from './vocabulary';

export function reasonText(reason: Reason, lang: Lang, fiscalYear: number): string {
  switch (reason.code) {
    case 'blank':
      return message(lang, 'reason.blank');
    case 'noStatus':
      return message(lang, 'reason.noStatus');
    case 'unknownStatus':
      return message(lang, 'reason.unknownStatus', { value: reason.value });
    case 'notDone':
      return message(lang, 'reason.notDone', { value: statusLabel(reason.status, lang) });
    case 'noDate':
      return message(lang, 'reason.noDate');
    case 'invalidDate':
      return message(lang, 'reason.invalidDate', { value: reason.value });
    case 'outsideFiscalYear':
      return `${message(lang, 'reason.outsideFiscalYear', { fiscalYear })} (${formatDate(reason.date, lang)})`;
    case 'future':
      return message(lang, 'reason.future', { date: formatDate(reason.date, lang) });
    case 'notVerified':
      return message(lang, 'reason.notVerified');
    case 'duplicateId':
      return message(lang, 'reason.duplicateId', { firstRow: reason.firstRow });
  }
}

/** A problem of the Settings tab in the user's language, with the cell it is in. */
export function settingsProblemText(problem: SettingsProblem, lang: Lang): string {
  if (problem.field === 'missingTab') return message(lang, 'settings.problem.missingTab');
  const text =
    problem.field === 'ladder'
      ? message(lang, 'settings.problem.ladder', {
          problem: message(lang, problem.problem.key, problem.problem.params),
        })
      : message(lang, `settings.problem.${problem.field}`, { value: problem.value });
  return message(lang, 'settings.problem.at', { cell: problem.cell, problem: text });
}
