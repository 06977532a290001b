/** Types of the parts of NLP.js (CommonJS, untyped) the intent classifier uses. */
declare module "@nlpjs/neural" {
  /** A corpus row: features in, intents out (1 for the labelled intent). */
  export interface NeuralRow {
    input: Record<string, number>;
    output: Record<string, number>;
  }
  /** NLP.js's single-layer neural network (one perceptron per intent). */
  export class NeuralNetwork {
    constructor(settings?: {
      iterations?: number;
      errorThresh?: number;
      deltaErrorThresh?: number;
      learningRate?: number;
      momentum?: number;
      alpha?: number;
      log?: boolean | ((status: unknown, time: number) => void);
    });
    train(corpus: NeuralRow[]): { error: number; iterations: number };
    run(input: Record<string, number>): Record<string, number> | undefined;
  }
}

declare module "@nlpjs/lang-tr" {
  /** The Turkish Snowball stemmer of NLP.js. */
  export class StemmerTr {
    stem(word: string): string;
  }
}

declare module "@nlpjs/lang-en" {
  /** The English Porter stemmer of NLP.js. */
  export class StemmerEn {
    stem(word: string): string;
  }
}
