// What the syntax layer gives the rest of the app: one entry per UD word of a sentence.

export interface SyntaxToken {
  /** 1-based position in the sentence (the UD word id). */
  id: number;
  form: string;
  /** Character offsets into the text given to analyze(). */
  start: number;
  end: number;
  lemma: string;
  upos: string;
  xpos: string;
  /** UD FEATS ("Number=Plur|Person=3|Tense=Past|VerbForm=Fin"), "_" when none. */
  feats: string;
  /** 0 for the sentence's root, else the id of the head word. */
  head: number;
  /** UD relation with its subtype: "nsubj", "obl:tmod", "compound:prt". */
  deprel: string;
}

/** A loaded model: pass it to analyze() and tagAndParse(); its insides are the syntax layer's own. */
export interface SyntaxModel {
  /** How the model was made: data, settings, dev figures. */
  readonly about: string;
}
