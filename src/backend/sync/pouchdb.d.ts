// The part of PouchDB 9's API that sync uses. Written here rather than taken from @types/pouchdb, whose
// `/// <reference lib="dom" />` changes Node's Buffer types for the whole program (and breaks its build).
declare module 'pouchdb' {
  namespace PouchDB {
    interface Doc {
      _id: string;
      _rev?: string;
      _deleted?: boolean;
      [field: string]: unknown;
    }
    interface WriteResult {
      ok?: boolean;
      id?: string;
      rev?: string;
      error?: boolean | string;
      status?: number;
      message?: string;
      name?: string;
    }
    type AllDocsRow =
      | { id: string; key: string; value: { rev: string; deleted?: boolean }; doc?: Doc | null }
      | { key: string; error: string };
    interface AllDocsResult {
      total_rows: number;
      rows: AllDocsRow[];
    }
    interface ChangesResult {
      results: { id: string; seq: number | string; deleted?: boolean; doc?: Doc; changes: { rev: string }[] }[];
      last_seq: number | string;
    }
    interface ReplicationResult {
      ok: boolean;
      status: string;
      docs_read: number;
      docs_written: number;
      doc_write_failures: number;
      errors: unknown[];
      last_seq: number | string;
    }
    interface Replication extends Promise<ReplicationResult> {
      on(event: 'change', listener: (info: { docs?: Doc[]; docs_written: number; docs_read: number }) => void): this;
      on(event: string, listener: (...args: unknown[]) => void): this;
      cancel(): void;
    }
    interface Options {
      auto_compaction?: boolean;
      skip_setup?: boolean;
      auth?: { username: string; password: string };
      fetch?: (url: string, opts: unknown) => Promise<unknown>;
    }
    interface Database {
      allDocs(opts: { keys?: string[]; startkey?: string; endkey?: string; include_docs?: boolean; limit?: number; skip?: number }): Promise<AllDocsResult>;
      bulkDocs(docs: object[]): Promise<WriteResult[]>;
      changes(opts: { since: number | string; include_docs?: boolean; conflicts?: boolean; limit?: number }): Promise<ChangesResult>;
      get(id: string, opts?: { rev?: string; conflicts?: boolean; open_revs?: 'all' | string[] }): Promise<unknown>;
      put(doc: object): Promise<WriteResult>;
      info(): Promise<{ doc_count: number; update_seq: number | string }>;
      close(): Promise<void>;
      destroy(): Promise<void>;
    }
    interface Static {
      new (name: string, opts?: Options): Database;
      replicate(from: Database, to: Database, opts?: { batch_size?: number; batches_limit?: number; filter?: (doc: Doc) => boolean; query_params?: Record<string, string> }): Replication;
      fetch(url: string, opts?: unknown): Promise<unknown>;
    }
  }
  const PouchDB: PouchDB.Static;
  export = PouchDB;
}
