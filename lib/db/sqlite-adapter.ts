// The SQLite driver adapter the app uses instead of @prisma/adapter-better-sqlite3's own, which runs
// every request's statements on ONE connection and only serializes transactions with each other: a
// plain write from another request landed inside an open interactive transaction and was rolled
// back with it (acknowledged, then lost), and a deferred BEGIN failed across processes with
// SQLITE_BUSY_SNAPSHOT (prisma/orm #29933, #29870). Here:
//   - one writer connection; every write and every transaction holds a FIFO async lock on it, so a
//     transaction contains its own statements and nothing else;
//   - a second, query-only connection serves reads outside transactions (WAL: readers never wait
//     for the writer and never see uncommitted rows);
//   - transactions start with BEGIN IMMEDIATE (take the file's write lock up front, no snapshot
//     upgrade to fail); SQLITE_BUSY from another process is retried with backoff, asynchronously
//     (the native busy handler would freeze the event loop), until DATABASE_BUSY_TIMEOUT_MS, then
//     DatabaseBusyError (503 with Retry-After upstream; nothing was written).
// Shared by the app, scripts and tests: no server-only import here.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { IsolationLevel, SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, SqlResultSet, Transaction } from "@prisma/driver-adapter-utils";
import { Mutex, withTimeout, type MutexInterface } from "async-mutex";
import { DatabaseBusyError } from "./errors";
import { classifyStatements, type NativeDatabase } from "./sqlite-native";

export type SqliteAdapterOptions = {
  /** Total time a statement or transaction may wait for the write lock (in this process and across processes). */
  busyTimeoutMs: number;
};

const ADAPTER_NAME = "remote-connect-sqlite";
/** Rejection of a lock wait that timed out (async-mutex rejects with this exact object). */
const LOCK_TIMEOUT = new Error("sqlite write lock wait timed out");

/** What the delegate adapter (one better-sqlite3 connection) gives us; `client` is its native handle. */
type Delegate = SqlDriverAdapter & { client: NativeDatabase };

async function open(url: string, extra: Record<string, unknown> = {}): Promise<Delegate> {
  // timeout 0: never block the event loop inside SQLite's busy handler; busy waits happen in retryBusy.
  const delegate = (await new PrismaBetterSQLite3({ url, timeout: 0, ...extra }).connect()) as Delegate;
  if (!delegate.client || typeof delegate.client.prepare !== "function") {
    throw new Error("@prisma/adapter-better-sqlite3 changed shape: its connection handle is gone (lib/db/sqlite-adapter.ts)");
  }
  return delegate;
}

function isBusy(e: unknown): boolean {
  const x = e as { code?: unknown; cause?: { originalCode?: unknown } } | null;
  const code = typeof x?.code === "string" ? x.code : typeof x?.cause?.originalCode === "string" ? x.cause.originalCode : "";
  return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `fn` until it stops failing with SQLITE_BUSY or the deadline passes. */
export async function retryBusy<T>(fn: () => T | Promise<T>, deadline: number): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (!isBusy(e)) throw e;
      const left = deadline - Date.now();
      if (left <= 0) throw new DatabaseBusyError("The database stayed locked by another process; nothing was written. Try again in a moment.");
      // 1, 2, 4 … 50 ms with jitter so two processes don't retry in lockstep.
      await sleep(Math.min(left, Math.min(50, 2 ** attempt) * (0.5 + Math.random())));
    }
  }
}

class SqliteAdapter implements SqlDriverAdapter {
  readonly provider = "sqlite" as const;
  readonly adapterName = ADAPTER_NAME;
  readonly #writer: Delegate;
  readonly #reader: Delegate;
  readonly #lock: MutexInterface;
  readonly #busyTimeoutMs: number;
  readonly #isReadOnly: (sql: string) => boolean;

  constructor(writer: Delegate, reader: Delegate, options: SqliteAdapterOptions) {
    this.#writer = writer;
    this.#reader = reader;
    this.#busyTimeoutMs = options.busyTimeoutMs;
    this.#lock = withTimeout(new Mutex(), options.busyTimeoutMs, LOCK_TIMEOUT);
    this.#isReadOnly = classifyStatements(reader.client);
  }

  #deadline() {
    return Date.now() + this.#busyTimeoutMs;
  }

  async #acquire(): Promise<MutexInterface.Releaser> {
    try {
      return await this.#lock.acquire();
    } catch (e) {
      throw e === LOCK_TIMEOUT ? new DatabaseBusyError("The database is busy with other writes; nothing was written. Try again in a moment.") : e;
    }
  }

  async #exclusive<T>(fn: () => T | Promise<T>): Promise<T> {
    const deadline = this.#deadline();
    const release = await this.#acquire();
    try {
      return await retryBusy(fn, deadline);
    } finally {
      release();
    }
  }

  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    if (this.#isReadOnly(query.sql)) return retryBusy(() => this.#reader.queryRaw(query), this.#deadline());
    return this.#exclusive(() => this.#writer.queryRaw(query));
  }

  async executeRaw(query: SqlQuery): Promise<number> {
    if (this.#isReadOnly(query.sql)) return retryBusy(() => this.#reader.executeRaw(query), this.#deadline());
    return this.#exclusive(() => this.#writer.executeRaw(query));
  }

  executeScript(script: string): Promise<void> {
    return this.#exclusive(() => this.#writer.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    // SQLite transactions are serializable; nothing else can be honoured.
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") throw new Error(`SQLite supports only SERIALIZABLE transactions, not ${isolationLevel}`);
    const deadline = this.#deadline();
    const release = await this.#acquire();
    try {
      const native = this.#writer.client;
      await retryBusy(() => native.prepare("BEGIN IMMEDIATE").run(), deadline);
      return new SqliteTransaction(this.#writer, release, this.#busyTimeoutMs);
    } catch (e) {
      release();
      throw e;
    }
  }

  get readerConnection(): NativeDatabase {
    return this.#reader.client;
  }

  async dispose(): Promise<void> {
    if (this.#reader !== this.#writer) await this.#reader.dispose();
    await this.#writer.dispose();
  }
}

class SqliteTransaction implements Transaction {
  readonly provider = "sqlite" as const;
  readonly adapterName = ADAPTER_NAME;
  // Prisma calls commit()/rollback() and sends no COMMIT/ROLLBACK text: this class owns the ending,
  // so a failed COMMIT is always followed by a ROLLBACK and the lock is always released.
  readonly options = { usePhantomQuery: true };
  #release: MutexInterface.Releaser | null;

  constructor(
    private readonly writer: Delegate,
    release: MutexInterface.Releaser,
    private readonly busyTimeoutMs: number,
  ) {
    this.#release = release;
  }

  #open() {
    // A statement after the end would run outside the lock, on the shared writer: refuse it.
    if (!this.#release) throw new Error("This transaction has already ended.");
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    this.#open();
    return this.writer.queryRaw(query);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    this.#open();
    return this.writer.executeRaw(query);
  }

  async commit(): Promise<void> {
    this.#open();
    const native = this.writer.client;
    try {
      await retryBusy(() => native.prepare("COMMIT").run(), Date.now() + this.busyTimeoutMs);
    } catch (e) {
      if (native.inTransaction) native.prepare("ROLLBACK").run();
      throw e;
    } finally {
      this.#end();
    }
  }

  async rollback(): Promise<void> {
    if (!this.#release) return;
    try {
      if (this.writer.client.inTransaction) this.writer.client.prepare("ROLLBACK").run();
    } finally {
      this.#end();
    }
  }

  #end() {
    const release = this.#release;
    this.#release = null;
    release?.();
  }
}

/** Prisma adapter factory: `new PrismaClient({ adapter: new SqliteAdapterFactory(url, options) })`. */
export class SqliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName = ADAPTER_NAME;

  /** The query-only connection of the connected adapter, for hot-path reads (lib/db/hot-read.ts). */
  reader: NativeDatabase | null = null;

  get busyTimeoutMs(): number {
    return this.options.busyTimeoutMs;
  }

  constructor(
    private readonly url: string,
    private readonly options: SqliteAdapterOptions,
  ) {}

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.#connect(this.url);
    this.reader = adapter.readerConnection;
    return adapter;
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.#connect(":memory:");
  }

  async #connect(url: string): Promise<SqliteAdapter> {
    const writer = await open(url);
    const deadline = Date.now() + this.options.busyTimeoutMs;
    // WAL: readers and the writer don't block each other, across processes too. synchronous=FULL:
    // an acknowledged commit survives a power cut, not only a crash of this process.
    await retryBusy(() => writer.client.pragma("journal_mode = WAL"), deadline);
    writer.client.pragma("synchronous = FULL");
    const reader = url === ":memory:" ? writer : await open(url);
    if (reader !== writer) reader.client.pragma("query_only = ON");
    return new SqliteAdapter(writer, reader, this.options);
  }
}
