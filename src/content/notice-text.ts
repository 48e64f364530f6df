import { NOTICE_KINDS, type NoticeKind } from '../model/event-types';
import {
  NOTICE_FILLERS,
  NOTICE_NEGATIONS,
  NOTICE_PHRASES,
  NOTICE_SETTLED,
  QUESTION_OPENERS,
} from './notice-phrases';
import { normalize } from './phrases';

/**
 * What kind of account notice a text is, if any (issue 14, class 7). A phrase counts only where
 * it states the account's state now: not in a question ("Your account is frozen? Contact us"),
 * not in a status line that says it is over or done ("实名认证：已认证", "System upgrade
 * completed"), not after a negation ("no unusual activity"). A false critical on the person's
 * own healthy account page teaches them to ignore us.
 */
export function classifyNotice(text: string): NoticeKind | undefined {
  for (const sentence of sentences(text)) {
    if (isQuestion(sentence)) continue;
    const n = normalize(sentence);
    // The phrase said first names the notice: "unusual activity — verify your details" is
    // about the activity; "account frozen after unusual activity" about the account.
    let found: { kind: NoticeKind; at: number } | undefined;
    for (const kind of NOTICE_KINDS) {
      for (const phrase of NOTICE_PHRASES[kind]) {
        for (let at = n.indexOf(phrase); at >= 0; at = n.indexOf(phrase, at + 1)) {
          if (found && found.at <= at) break;
          if (!settledAfter(n.slice(at + phrase.length)) && !negatedBefore(n.slice(0, at))) {
            found = { kind, at };
            break;
          }
        }
      }
    }
    if (found) return found.kind;
  }
  return undefined;
}

/** Sentences, each with its closing mark: "Frozen? Contact us." → "Frozen?", "Contact us." */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?。！？;；\n])\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function isQuestion(sentence: string): boolean {
  return /[?？]$/.test(sentence) || QUESTION_OPENERS.test(sentence);
}

const FILLERS = [...NOTICE_FILLERS].sort((a, b) => b.length - a.length);
const BEFORE_FILLERS = ["d'", 'any', 'de', 'di', 'recent', 'signsof'];

/**
 * Whether a settled word follows, past fillers. Tested before each filler is stripped: a settled
 * word may begin with one ("Đã xác minh": "đã" is also an auxiliary before other words).
 */
function settledAfter(rest: string): boolean {
  let tail = rest;
  for (let stripped = true; stripped;) {
    if (NOTICE_SETTLED.some((word) => tail.startsWith(word))) return true;
    stripped = false;
    for (const filler of FILLERS) {
      if (tail.startsWith(filler)) {
        tail = tail.slice(filler.length);
        stripped = true;
        break;
      }
    }
  }
  return false;
}

function negatedBefore(before: string): boolean {
  let head = before.replace(/[,，:：]$/, '');
  for (const filler of BEFORE_FILLERS)
    if (head.endsWith(filler)) head = head.slice(0, -filler.length);
  return NOTICE_NEGATIONS.some((word) => head.endsWith(word));
}
