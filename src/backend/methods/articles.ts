// Articles into decks: a file or a web address read into an article the person sees before any card is made,
// and decks generated from an article in a worker thread (generation.ts), with progress and Stop. Nothing here
// touches the library: `factdeck generate` uses these methods without opening one.
import type { Api } from '../../core/api.js';
import type { Generation } from '../generation.js';

export type ArticleMethods = Pick<Api, 'openArticleFile' | 'openArticleUrl' | 'generateDeck' | 'generateProgress' | 'cancelGenerate'>;

// The readers (Readability over linkedom, pdf.js, mammoth) load when an article first comes in.
const reader = () => import('../files/open-article.js');

export function makeArticleMethods(generation: Generation): ArticleMethods {
  return {
    async openArticleFile({ name, data }) {
      const { openArticle } = await reader();
      return openArticle({ name, bytes: typeof data === 'string' ? Buffer.from(data, 'base64') : data });
    },
    async openArticleUrl({ url }) {
      const { openArticleUrl } = await reader();
      return openArticleUrl(url);
    },
    async generateDeck({ job, ...input }) {
      return generation.generate(input, job);
    },
    async generateProgress({ job }) {
      return generation.progress(job);
    },
    async cancelGenerate({ job }) {
      return { cancelled: generation.cancel(job) };
    },
  };
}
