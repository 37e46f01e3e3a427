import type { RepairResult } from './engine.ts';
import { repairAbstract, repairTitle } from './repair-abstract.ts';
import type { CorpusVocabulary } from './vocabulary.ts';

/**
 * Repairing a paper reads its own title and abstract and asks the corpus's vocabulary a few
 * questions (is this glued word used elsewhere? how often are these two words side by side?).
 * So a repair kept from the last build is still right exactly when the paper's text is the same
 * and every question it asked gets the same answer from this build's vocabulary: an abstract
 * edited elsewhere changes some counts, and only the papers that asked about them are repaired
 * again. The memo's store (by title and abstract) lives outside the lib (src/build/).
 */

/** A paper's repaired abstract and title. */
export interface PaperRepair {
  abstract: RepairResult;
  title: string;
}

/**
 * A repair as kept between builds, small enough to read back fast at 5,000 papers: the repaired
 * abstract and title only where they differ from the paper's text, and the questions asked with
 * their answers as one string, a line each: `d<word> <answer>` (in how many texts the word
 * occurs), `a<word> <min> <0 or 1>` (whether it occurs in at least `min` texts) or
 * `p<first> <second> <answer>` (the pair side by side). Words are runs of letters.
 */
export interface RememberedRepair {
  abstract?: RepairResult;
  title?: string;
  asked: string;
}

/** Where repairs are kept between builds, by the paper's title and abstract. */
export interface RepairMemo {
  recall(title: string, abstract: string): RememberedRepair | undefined;
  remember(title: string, abstract: string, repair: RememberedRepair): void;
}

/** The answer `vocabulary` gives now to one line of `asked` (`d`, `a` or `p`, see RememberedRepair). */
function answerNow(line: string, vocabulary: CorpusVocabulary): number {
  const [first, second] = line.slice(1).split(' ');
  if (line[0] === 'd') return vocabulary.documentFrequency(first!);
  if (line[0] === 'a') return Number(vocabulary.usedInAtLeast(first!, Number(second)));
  return vocabulary.pairFrequency(first!, second!);
}

/** Whether every question in `asked` gets the same answer from `vocabulary`. */
function stillAnswered(asked: string, vocabulary: CorpusVocabulary): boolean {
  if (asked === '') return true;
  for (const line of asked.split('\n')) {
    if (answerNow(line, vocabulary) !== Number(line.slice(line.lastIndexOf(' ') + 1))) return false;
  }
  return true;
}

/**
 * Repairs a paper's abstract and title with the corpus's vocabulary (`repairAbstract`,
 * `repairTitle`), or takes the repair `memo` kept when it still holds (see above): the same
 * result either way.
 */
export function repairPaper(title: string, abstract: string, vocabulary: CorpusVocabulary, memo?: RepairMemo): PaperRepair {
  const known = memo?.recall(title, abstract);
  if (known && stillAnswered(known.asked, vocabulary)) return { abstract: known.abstract ?? { text: abstract, repairs: [] }, title: known.title ?? title };
  const asked = new Set<string>();
  const recording: CorpusVocabulary = {
    documentFrequency(word) {
      const answer = vocabulary.documentFrequency(word);
      asked.add(`d${word} ${answer}`);
      return answer;
    },
    usedInAtLeast(word, min) {
      const answer = vocabulary.usedInAtLeast(word, min);
      asked.add(`a${word} ${min} ${Number(answer)}`);
      return answer;
    },
    pairFrequency(first, second) {
      const answer = vocabulary.pairFrequency(first, second);
      asked.add(`p${first} ${second} ${answer}`);
      return answer;
    },
  };
  const repair = { abstract: repairAbstract(abstract, { vocabulary: recording }), title: repairTitle(title, { vocabulary: recording }) };
  const unchanged = repair.abstract.repairs.length === 0 && repair.abstract.text === abstract;
  memo?.remember(title, abstract, { ...(unchanged ? {} : { abstract: repair.abstract }), ...(repair.title === title ? {} : { title: repair.title }), asked: [...asked].join('\n') });
  return repair;
}
