// Scores on a treebank with its own tokenisation, counted as the CoNLL 2018 shared task's script counts them:
// every word (punctuation included), LAS on the universal part of the relation ("obl" for "obl:tmod").
// LAS with subtypes is reported beside it.

export interface Scored {
  upos: string; xpos: string; lemma: string; feats: string; head: number; deprel: string;
}

export interface Scores {
  words: number;
  upos: number; xpos: number; lemma: number; feats: number;
  uas: number; las: number; lasFull: number;
}

export class Scorer {
  private n = 0;
  private c = { upos: 0, xpos: 0, lemma: 0, feats: 0, uas: 0, las: 0, lasFull: 0 };

  add(gold: readonly Scored[], sys: readonly Scored[]): void {
    if (gold.length !== sys.length) throw new Error(`sentence of ${gold.length} words scored against ${sys.length}`);
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!;
      const s = sys[i]!;
      this.n++;
      if (g.upos === s.upos) this.c.upos++;
      if (g.xpos === s.xpos) this.c.xpos++;
      if (g.lemma === s.lemma) this.c.lemma++;
      if (g.feats === s.feats) this.c.feats++;
      if (g.head === s.head) {
        this.c.uas++;
        if (g.deprel.split(':')[0] === s.deprel.split(':')[0]) this.c.las++;
        if (g.deprel === s.deprel) this.c.lasFull++;
      }
    }
  }

  /** Percentages, two decimals. */
  result(): Scores {
    const p = (k: number) => Math.round((10000 * k) / Math.max(1, this.n)) / 100;
    return {
      words: this.n, upos: p(this.c.upos), xpos: p(this.c.xpos), lemma: p(this.c.lemma), feats: p(this.c.feats),
      uas: p(this.c.uas), las: p(this.c.las), lasFull: p(this.c.lasFull),
    };
  }
}
