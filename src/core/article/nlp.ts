// The one wink-nlp instance: loading the English model costs ~150 ms, so it is made lazily, once per process.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

export function nlp(): Nlp {
  if (!instance) instance = winkNLP(model);
  return instance;
}
