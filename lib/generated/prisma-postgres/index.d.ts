
/**
 * Client
**/

import * as runtime from './runtime/client.js';
import $Types = runtime.Types // general types
import $Public = runtime.Types.Public
import $Utils = runtime.Types.Utils
import $Extensions = runtime.Types.Extensions
import $Result = runtime.Types.Result

export type PrismaPromise<T> = $Public.PrismaPromise<T>


/**
 * Model Connection
 * One Remote company connected to this partner, per Remote environment.
 */
export type Connection = $Result.DefaultSelection<Prisma.$ConnectionPayload>
/**
 * Model PartnerToken
 * The partner-level (client credentials) token, cached per environment and client id.
 */
export type PartnerToken = $Result.DefaultSelection<Prisma.$PartnerTokenPayload>
/**
 * Model PendingAuthorization
 * An authorization request in flight: state and PKCE verifier bound to one browser.
 */
export type PendingAuthorization = $Result.DefaultSelection<Prisma.$PendingAuthorizationPayload>
/**
 * Model ConnectLink
 * A single-use link that leads a company admin to consent, carrying the partner's external id.
 */
export type ConnectLink = $Result.DefaultSelection<Prisma.$ConnectLinkPayload>
/**
 * Model StaffUser
 * 
 */
export type StaffUser = $Result.DefaultSelection<Prisma.$StaffUserPayload>
/**
 * Model ApiKey
 * 
 */
export type ApiKey = $Result.DefaultSelection<Prisma.$ApiKeyPayload>
/**
 * Model AuditEvent
 * Append-only history. Never holds a secret.
 */
export type AuditEvent = $Result.DefaultSelection<Prisma.$AuditEventPayload>
/**
 * Model CompanyCreation
 * Idempotency record for company creation: one Remote company per form submission.
 */
export type CompanyCreation = $Result.DefaultSelection<Prisma.$CompanyCreationPayload>
/**
 * Model RateLimitBucket
 * Fixed-window counters shared by all app processes (sign-in throttling).
 */
export type RateLimitBucket = $Result.DefaultSelection<Prisma.$RateLimitBucketPayload>

/**
 * ##  Prisma Client ʲˢ
 *
 * Type-safe database client for TypeScript & Node.js
 * @example
 * ```
 * const prisma = new PrismaClient()
 * // Fetch zero or more Connections
 * const connections = await prisma.connection.findMany()
 * ```
 *
 *
 * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client).
 */
export class PrismaClient<
  ClientOptions extends Prisma.PrismaClientOptions = Prisma.PrismaClientOptions,
  const U = 'log' extends keyof ClientOptions ? ClientOptions['log'] extends Array<Prisma.LogLevel | Prisma.LogDefinition> ? Prisma.GetEvents<ClientOptions['log']> : never : never,
  ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs
> {
  [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['other'] }

    /**
   * ##  Prisma Client ʲˢ
   *
   * Type-safe database client for TypeScript & Node.js
   * @example
   * ```
   * const prisma = new PrismaClient()
   * // Fetch zero or more Connections
   * const connections = await prisma.connection.findMany()
   * ```
   *
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client).
   */

  constructor(optionsArg ?: Prisma.Subset<ClientOptions, Prisma.PrismaClientOptions>);
  $on<V extends U>(eventType: V, callback: (event: V extends 'query' ? Prisma.QueryEvent : Prisma.LogEvent) => void): PrismaClient;

  /**
   * Connect with the database
   */
  $connect(): $Utils.JsPromise<void>;

  /**
   * Disconnect from the database
   */
  $disconnect(): $Utils.JsPromise<void>;

/**
   * Executes a prepared raw query and returns the number of affected rows.
   * @example
   * ```
   * const result = await prisma.$executeRaw`UPDATE User SET cool = ${true} WHERE email = ${'user@email.com'};`
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $executeRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: any[]): Prisma.PrismaPromise<number>;

  /**
   * Executes a raw query and returns the number of affected rows.
   * Susceptible to SQL injections, see documentation.
   * @example
   * ```
   * const result = await prisma.$executeRawUnsafe('UPDATE User SET cool = $1 WHERE email = $2 ;', true, 'user@email.com')
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $executeRawUnsafe<T = unknown>(query: string, ...values: any[]): Prisma.PrismaPromise<number>;

  /**
   * Performs a prepared raw query and returns the `SELECT` data.
   * @example
   * ```
   * const result = await prisma.$queryRaw`SELECT * FROM User WHERE id = ${1} OR email = ${'user@email.com'};`
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: any[]): Prisma.PrismaPromise<T>;

  /**
   * Performs a raw query and returns the `SELECT` data.
   * Susceptible to SQL injections, see documentation.
   * @example
   * ```
   * const result = await prisma.$queryRawUnsafe('SELECT * FROM User WHERE id = $1 OR email = $2;', 1, 'user@email.com')
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $queryRawUnsafe<T = unknown>(query: string, ...values: any[]): Prisma.PrismaPromise<T>;


  /**
   * Allows the running of a sequence of read/write operations that are guaranteed to either succeed or fail as a whole.
   * @example
   * ```
   * const [george, bob, alice] = await prisma.$transaction([
   *   prisma.user.create({ data: { name: 'George' } }),
   *   prisma.user.create({ data: { name: 'Bob' } }),
   *   prisma.user.create({ data: { name: 'Alice' } }),
   * ])
   * ```
   * 
   * Read more in our [docs](https://www.prisma.io/docs/concepts/components/prisma-client/transactions).
   */
  $transaction<P extends Prisma.PrismaPromise<any>[]>(arg: [...P], options?: { isolationLevel?: Prisma.TransactionIsolationLevel }): $Utils.JsPromise<runtime.Types.Utils.UnwrapTuple<P>>

  $transaction<R>(fn: (prisma: Omit<PrismaClient, runtime.ITXClientDenyList>) => $Utils.JsPromise<R>, options?: { maxWait?: number, timeout?: number, isolationLevel?: Prisma.TransactionIsolationLevel }): $Utils.JsPromise<R>


  $extends: $Extensions.ExtendsHook<"extends", Prisma.TypeMapCb<ClientOptions>, ExtArgs, $Utils.Call<Prisma.TypeMapCb<ClientOptions>, {
    extArgs: ExtArgs
  }>>

      /**
   * `prisma.connection`: Exposes CRUD operations for the **Connection** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more Connections
    * const connections = await prisma.connection.findMany()
    * ```
    */
  get connection(): Prisma.ConnectionDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.partnerToken`: Exposes CRUD operations for the **PartnerToken** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more PartnerTokens
    * const partnerTokens = await prisma.partnerToken.findMany()
    * ```
    */
  get partnerToken(): Prisma.PartnerTokenDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.pendingAuthorization`: Exposes CRUD operations for the **PendingAuthorization** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more PendingAuthorizations
    * const pendingAuthorizations = await prisma.pendingAuthorization.findMany()
    * ```
    */
  get pendingAuthorization(): Prisma.PendingAuthorizationDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.connectLink`: Exposes CRUD operations for the **ConnectLink** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more ConnectLinks
    * const connectLinks = await prisma.connectLink.findMany()
    * ```
    */
  get connectLink(): Prisma.ConnectLinkDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.staffUser`: Exposes CRUD operations for the **StaffUser** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more StaffUsers
    * const staffUsers = await prisma.staffUser.findMany()
    * ```
    */
  get staffUser(): Prisma.StaffUserDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.apiKey`: Exposes CRUD operations for the **ApiKey** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more ApiKeys
    * const apiKeys = await prisma.apiKey.findMany()
    * ```
    */
  get apiKey(): Prisma.ApiKeyDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.auditEvent`: Exposes CRUD operations for the **AuditEvent** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more AuditEvents
    * const auditEvents = await prisma.auditEvent.findMany()
    * ```
    */
  get auditEvent(): Prisma.AuditEventDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.companyCreation`: Exposes CRUD operations for the **CompanyCreation** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more CompanyCreations
    * const companyCreations = await prisma.companyCreation.findMany()
    * ```
    */
  get companyCreation(): Prisma.CompanyCreationDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.rateLimitBucket`: Exposes CRUD operations for the **RateLimitBucket** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more RateLimitBuckets
    * const rateLimitBuckets = await prisma.rateLimitBucket.findMany()
    * ```
    */
  get rateLimitBucket(): Prisma.RateLimitBucketDelegate<ExtArgs, ClientOptions>;
}

export namespace Prisma {
  export import DMMF = runtime.DMMF

  export type PrismaPromise<T> = $Public.PrismaPromise<T>

  /**
   * Validator
   */
  export import validator = runtime.Public.validator

  /**
   * Prisma Errors
   */
  export import PrismaClientKnownRequestError = runtime.PrismaClientKnownRequestError
  export import PrismaClientUnknownRequestError = runtime.PrismaClientUnknownRequestError
  export import PrismaClientRustPanicError = runtime.PrismaClientRustPanicError
  export import PrismaClientInitializationError = runtime.PrismaClientInitializationError
  export import PrismaClientValidationError = runtime.PrismaClientValidationError

  /**
   * Re-export of sql-template-tag
   */
  export import sql = runtime.sqltag
  export import empty = runtime.empty
  export import join = runtime.join
  export import raw = runtime.raw
  export import Sql = runtime.Sql



  /**
   * Decimal.js
   */
  export import Decimal = runtime.Decimal

  export type DecimalJsLike = runtime.DecimalJsLike

  /**
   * Metrics
   */
  export type Metrics = runtime.Metrics
  export type Metric<T> = runtime.Metric<T>
  export type MetricHistogram = runtime.MetricHistogram
  export type MetricHistogramBucket = runtime.MetricHistogramBucket

  /**
  * Extensions
  */
  export import Extension = $Extensions.UserArgs
  export import getExtensionContext = runtime.Extensions.getExtensionContext
  export import Args = $Public.Args
  export import Payload = $Public.Payload
  export import Result = $Public.Result
  export import Exact = $Public.Exact

  /**
   * Prisma Client JS version: 6.19.3
   * Query Engine version: c2990dca591cba766e3b7ef5d9e8a84796e47ab7
   */
  export type PrismaVersion = {
    client: string
  }

  export const prismaVersion: PrismaVersion

  /**
   * Utility Types
   */


  export import Bytes = runtime.Bytes
  export import JsonObject = runtime.JsonObject
  export import JsonArray = runtime.JsonArray
  export import JsonValue = runtime.JsonValue
  export import InputJsonObject = runtime.InputJsonObject
  export import InputJsonArray = runtime.InputJsonArray
  export import InputJsonValue = runtime.InputJsonValue

  /**
   * Types of the values used to represent different kinds of `null` values when working with JSON fields.
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  namespace NullTypes {
    /**
    * Type of `Prisma.DbNull`.
    *
    * You cannot use other instances of this class. Please use the `Prisma.DbNull` value.
    *
    * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
    */
    class DbNull {
      private DbNull: never
      private constructor()
    }

    /**
    * Type of `Prisma.JsonNull`.
    *
    * You cannot use other instances of this class. Please use the `Prisma.JsonNull` value.
    *
    * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
    */
    class JsonNull {
      private JsonNull: never
      private constructor()
    }

    /**
    * Type of `Prisma.AnyNull`.
    *
    * You cannot use other instances of this class. Please use the `Prisma.AnyNull` value.
    *
    * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
    */
    class AnyNull {
      private AnyNull: never
      private constructor()
    }
  }

  /**
   * Helper for filtering JSON entries that have `null` on the database (empty on the db)
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  export const DbNull: NullTypes.DbNull

  /**
   * Helper for filtering JSON entries that have JSON `null` values (not empty on the db)
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  export const JsonNull: NullTypes.JsonNull

  /**
   * Helper for filtering JSON entries that are `Prisma.DbNull` or `Prisma.JsonNull`
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  export const AnyNull: NullTypes.AnyNull

  type SelectAndInclude = {
    select: any
    include: any
  }

  type SelectAndOmit = {
    select: any
    omit: any
  }

  /**
   * Get the type of the value, that the Promise holds.
   */
  export type PromiseType<T extends PromiseLike<any>> = T extends PromiseLike<infer U> ? U : T;

  /**
   * Get the return type of a function which returns a Promise.
   */
  export type PromiseReturnType<T extends (...args: any) => $Utils.JsPromise<any>> = PromiseType<ReturnType<T>>

  /**
   * From T, pick a set of properties whose keys are in the union K
   */
  type Prisma__Pick<T, K extends keyof T> = {
      [P in K]: T[P];
  };


  export type Enumerable<T> = T | Array<T>;

  export type RequiredKeys<T> = {
    [K in keyof T]-?: {} extends Prisma__Pick<T, K> ? never : K
  }[keyof T]

  export type TruthyKeys<T> = keyof {
    [K in keyof T as T[K] extends false | undefined | null ? never : K]: K
  }

  export type TrueKeys<T> = TruthyKeys<Prisma__Pick<T, RequiredKeys<T>>>

  /**
   * Subset
   * @desc From `T` pick properties that exist in `U`. Simple version of Intersection
   */
  export type Subset<T, U> = {
    [key in keyof T]: key extends keyof U ? T[key] : never;
  };

  /**
   * SelectSubset
   * @desc From `T` pick properties that exist in `U`. Simple version of Intersection.
   * Additionally, it validates, if both select and include are present. If the case, it errors.
   */
  export type SelectSubset<T, U> = {
    [key in keyof T]: key extends keyof U ? T[key] : never
  } &
    (T extends SelectAndInclude
      ? 'Please either choose `select` or `include`.'
      : T extends SelectAndOmit
        ? 'Please either choose `select` or `omit`.'
        : {})

  /**
   * Subset + Intersection
   * @desc From `T` pick properties that exist in `U` and intersect `K`
   */
  export type SubsetIntersection<T, U, K> = {
    [key in keyof T]: key extends keyof U ? T[key] : never
  } &
    K

  type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };

  /**
   * XOR is needed to have a real mutually exclusive union type
   * https://stackoverflow.com/questions/42123407/does-typescript-support-mutually-exclusive-types
   */
  type XOR<T, U> =
    T extends object ?
    U extends object ?
      (Without<T, U> & U) | (Without<U, T> & T)
    : U : T


  /**
   * Is T a Record?
   */
  type IsObject<T extends any> = T extends Array<any>
  ? False
  : T extends Date
  ? False
  : T extends Uint8Array
  ? False
  : T extends BigInt
  ? False
  : T extends object
  ? True
  : False


  /**
   * If it's T[], return T
   */
  export type UnEnumerate<T extends unknown> = T extends Array<infer U> ? U : T

  /**
   * From ts-toolbelt
   */

  type __Either<O extends object, K extends Key> = Omit<O, K> &
    {
      // Merge all but K
      [P in K]: Prisma__Pick<O, P & keyof O> // With K possibilities
    }[K]

  type EitherStrict<O extends object, K extends Key> = Strict<__Either<O, K>>

  type EitherLoose<O extends object, K extends Key> = ComputeRaw<__Either<O, K>>

  type _Either<
    O extends object,
    K extends Key,
    strict extends Boolean
  > = {
    1: EitherStrict<O, K>
    0: EitherLoose<O, K>
  }[strict]

  type Either<
    O extends object,
    K extends Key,
    strict extends Boolean = 1
  > = O extends unknown ? _Either<O, K, strict> : never

  export type Union = any

  type PatchUndefined<O extends object, O1 extends object> = {
    [K in keyof O]: O[K] extends undefined ? At<O1, K> : O[K]
  } & {}

  /** Helper Types for "Merge" **/
  export type IntersectOf<U extends Union> = (
    U extends unknown ? (k: U) => void : never
  ) extends (k: infer I) => void
    ? I
    : never

  export type Overwrite<O extends object, O1 extends object> = {
      [K in keyof O]: K extends keyof O1 ? O1[K] : O[K];
  } & {};

  type _Merge<U extends object> = IntersectOf<Overwrite<U, {
      [K in keyof U]-?: At<U, K>;
  }>>;

  type Key = string | number | symbol;
  type AtBasic<O extends object, K extends Key> = K extends keyof O ? O[K] : never;
  type AtStrict<O extends object, K extends Key> = O[K & keyof O];
  type AtLoose<O extends object, K extends Key> = O extends unknown ? AtStrict<O, K> : never;
  export type At<O extends object, K extends Key, strict extends Boolean = 1> = {
      1: AtStrict<O, K>;
      0: AtLoose<O, K>;
  }[strict];

  export type ComputeRaw<A extends any> = A extends Function ? A : {
    [K in keyof A]: A[K];
  } & {};

  export type OptionalFlat<O> = {
    [K in keyof O]?: O[K];
  } & {};

  type _Record<K extends keyof any, T> = {
    [P in K]: T;
  };

  // cause typescript not to expand types and preserve names
  type NoExpand<T> = T extends unknown ? T : never;

  // this type assumes the passed object is entirely optional
  type AtLeast<O extends object, K extends string> = NoExpand<
    O extends unknown
    ? | (K extends keyof O ? { [P in K]: O[P] } & O : O)
      | {[P in keyof O as P extends K ? P : never]-?: O[P]} & O
    : never>;

  type _Strict<U, _U = U> = U extends unknown ? U & OptionalFlat<_Record<Exclude<Keys<_U>, keyof U>, never>> : never;

  export type Strict<U extends object> = ComputeRaw<_Strict<U>>;
  /** End Helper Types for "Merge" **/

  export type Merge<U extends object> = ComputeRaw<_Merge<Strict<U>>>;

  /**
  A [[Boolean]]
  */
  export type Boolean = True | False

  // /**
  // 1
  // */
  export type True = 1

  /**
  0
  */
  export type False = 0

  export type Not<B extends Boolean> = {
    0: 1
    1: 0
  }[B]

  export type Extends<A1 extends any, A2 extends any> = [A1] extends [never]
    ? 0 // anything `never` is false
    : A1 extends A2
    ? 1
    : 0

  export type Has<U extends Union, U1 extends Union> = Not<
    Extends<Exclude<U1, U>, U1>
  >

  export type Or<B1 extends Boolean, B2 extends Boolean> = {
    0: {
      0: 0
      1: 1
    }
    1: {
      0: 1
      1: 1
    }
  }[B1][B2]

  export type Keys<U extends Union> = U extends unknown ? keyof U : never

  type Cast<A, B> = A extends B ? A : B;

  export const type: unique symbol;



  /**
   * Used by group by
   */

  export type GetScalarType<T, O> = O extends object ? {
    [P in keyof T]: P extends keyof O
      ? O[P]
      : never
  } : never

  type FieldPaths<
    T,
    U = Omit<T, '_avg' | '_sum' | '_count' | '_min' | '_max'>
  > = IsObject<T> extends True ? U : T

  type GetHavingFields<T> = {
    [K in keyof T]: Or<
      Or<Extends<'OR', K>, Extends<'AND', K>>,
      Extends<'NOT', K>
    > extends True
      ? // infer is only needed to not hit TS limit
        // based on the brilliant idea of Pierre-Antoine Mills
        // https://github.com/microsoft/TypeScript/issues/30188#issuecomment-478938437
        T[K] extends infer TK
        ? GetHavingFields<UnEnumerate<TK> extends object ? Merge<UnEnumerate<TK>> : never>
        : never
      : {} extends FieldPaths<T[K]>
      ? never
      : K
  }[keyof T]

  /**
   * Convert tuple to union
   */
  type _TupleToUnion<T> = T extends (infer E)[] ? E : never
  type TupleToUnion<K extends readonly any[]> = _TupleToUnion<K>
  type MaybeTupleToUnion<T> = T extends any[] ? TupleToUnion<T> : T

  /**
   * Like `Pick`, but additionally can also accept an array of keys
   */
  type PickEnumerable<T, K extends Enumerable<keyof T> | keyof T> = Prisma__Pick<T, MaybeTupleToUnion<K>>

  /**
   * Exclude all keys with underscores
   */
  type ExcludeUnderscoreKeys<T extends string> = T extends `_${string}` ? never : T


  export type FieldRef<Model, FieldType> = runtime.FieldRef<Model, FieldType>

  type FieldRefInputType<Model, FieldType> = Model extends never ? never : FieldRef<Model, FieldType>


  export const ModelName: {
    Connection: 'Connection',
    PartnerToken: 'PartnerToken',
    PendingAuthorization: 'PendingAuthorization',
    ConnectLink: 'ConnectLink',
    StaffUser: 'StaffUser',
    ApiKey: 'ApiKey',
    AuditEvent: 'AuditEvent',
    CompanyCreation: 'CompanyCreation',
    RateLimitBucket: 'RateLimitBucket'
  };

  export type ModelName = (typeof ModelName)[keyof typeof ModelName]


  export type Datasources = {
    db?: Datasource
  }

  interface TypeMapCb<ClientOptions = {}> extends $Utils.Fn<{extArgs: $Extensions.InternalArgs }, $Utils.Record<string, any>> {
    returns: Prisma.TypeMap<this['params']['extArgs'], ClientOptions extends { omit: infer OmitOptions } ? OmitOptions : {}>
  }

  export type TypeMap<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> = {
    globalOmitOptions: {
      omit: GlobalOmitOptions
    }
    meta: {
      modelProps: "connection" | "partnerToken" | "pendingAuthorization" | "connectLink" | "staffUser" | "apiKey" | "auditEvent" | "companyCreation" | "rateLimitBucket"
      txIsolationLevel: Prisma.TransactionIsolationLevel
    }
    model: {
      Connection: {
        payload: Prisma.$ConnectionPayload<ExtArgs>
        fields: Prisma.ConnectionFieldRefs
        operations: {
          findUnique: {
            args: Prisma.ConnectionFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectionPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.ConnectionFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectionPayload>
          }
          findFirst: {
            args: Prisma.ConnectionFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectionPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.ConnectionFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectionPayload>
          }
          findMany: {
            args: Prisma.ConnectionFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectionPayload>[]
          }
          create: {
            args: Prisma.ConnectionCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectionPayload>
          }
          createMany: {
            args: Prisma.ConnectionCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.ConnectionCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectionPayload>[]
          }
          delete: {
            args: Prisma.ConnectionDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectionPayload>
          }
          update: {
            args: Prisma.ConnectionUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectionPayload>
          }
          deleteMany: {
            args: Prisma.ConnectionDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.ConnectionUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.ConnectionUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectionPayload>[]
          }
          upsert: {
            args: Prisma.ConnectionUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectionPayload>
          }
          aggregate: {
            args: Prisma.ConnectionAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateConnection>
          }
          groupBy: {
            args: Prisma.ConnectionGroupByArgs<ExtArgs>
            result: $Utils.Optional<ConnectionGroupByOutputType>[]
          }
          count: {
            args: Prisma.ConnectionCountArgs<ExtArgs>
            result: $Utils.Optional<ConnectionCountAggregateOutputType> | number
          }
        }
      }
      PartnerToken: {
        payload: Prisma.$PartnerTokenPayload<ExtArgs>
        fields: Prisma.PartnerTokenFieldRefs
        operations: {
          findUnique: {
            args: Prisma.PartnerTokenFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PartnerTokenPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.PartnerTokenFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PartnerTokenPayload>
          }
          findFirst: {
            args: Prisma.PartnerTokenFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PartnerTokenPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.PartnerTokenFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PartnerTokenPayload>
          }
          findMany: {
            args: Prisma.PartnerTokenFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PartnerTokenPayload>[]
          }
          create: {
            args: Prisma.PartnerTokenCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PartnerTokenPayload>
          }
          createMany: {
            args: Prisma.PartnerTokenCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.PartnerTokenCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PartnerTokenPayload>[]
          }
          delete: {
            args: Prisma.PartnerTokenDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PartnerTokenPayload>
          }
          update: {
            args: Prisma.PartnerTokenUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PartnerTokenPayload>
          }
          deleteMany: {
            args: Prisma.PartnerTokenDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.PartnerTokenUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.PartnerTokenUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PartnerTokenPayload>[]
          }
          upsert: {
            args: Prisma.PartnerTokenUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PartnerTokenPayload>
          }
          aggregate: {
            args: Prisma.PartnerTokenAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregatePartnerToken>
          }
          groupBy: {
            args: Prisma.PartnerTokenGroupByArgs<ExtArgs>
            result: $Utils.Optional<PartnerTokenGroupByOutputType>[]
          }
          count: {
            args: Prisma.PartnerTokenCountArgs<ExtArgs>
            result: $Utils.Optional<PartnerTokenCountAggregateOutputType> | number
          }
        }
      }
      PendingAuthorization: {
        payload: Prisma.$PendingAuthorizationPayload<ExtArgs>
        fields: Prisma.PendingAuthorizationFieldRefs
        operations: {
          findUnique: {
            args: Prisma.PendingAuthorizationFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PendingAuthorizationPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.PendingAuthorizationFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PendingAuthorizationPayload>
          }
          findFirst: {
            args: Prisma.PendingAuthorizationFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PendingAuthorizationPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.PendingAuthorizationFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PendingAuthorizationPayload>
          }
          findMany: {
            args: Prisma.PendingAuthorizationFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PendingAuthorizationPayload>[]
          }
          create: {
            args: Prisma.PendingAuthorizationCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PendingAuthorizationPayload>
          }
          createMany: {
            args: Prisma.PendingAuthorizationCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.PendingAuthorizationCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PendingAuthorizationPayload>[]
          }
          delete: {
            args: Prisma.PendingAuthorizationDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PendingAuthorizationPayload>
          }
          update: {
            args: Prisma.PendingAuthorizationUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PendingAuthorizationPayload>
          }
          deleteMany: {
            args: Prisma.PendingAuthorizationDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.PendingAuthorizationUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.PendingAuthorizationUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PendingAuthorizationPayload>[]
          }
          upsert: {
            args: Prisma.PendingAuthorizationUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PendingAuthorizationPayload>
          }
          aggregate: {
            args: Prisma.PendingAuthorizationAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregatePendingAuthorization>
          }
          groupBy: {
            args: Prisma.PendingAuthorizationGroupByArgs<ExtArgs>
            result: $Utils.Optional<PendingAuthorizationGroupByOutputType>[]
          }
          count: {
            args: Prisma.PendingAuthorizationCountArgs<ExtArgs>
            result: $Utils.Optional<PendingAuthorizationCountAggregateOutputType> | number
          }
        }
      }
      ConnectLink: {
        payload: Prisma.$ConnectLinkPayload<ExtArgs>
        fields: Prisma.ConnectLinkFieldRefs
        operations: {
          findUnique: {
            args: Prisma.ConnectLinkFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectLinkPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.ConnectLinkFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectLinkPayload>
          }
          findFirst: {
            args: Prisma.ConnectLinkFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectLinkPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.ConnectLinkFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectLinkPayload>
          }
          findMany: {
            args: Prisma.ConnectLinkFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectLinkPayload>[]
          }
          create: {
            args: Prisma.ConnectLinkCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectLinkPayload>
          }
          createMany: {
            args: Prisma.ConnectLinkCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.ConnectLinkCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectLinkPayload>[]
          }
          delete: {
            args: Prisma.ConnectLinkDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectLinkPayload>
          }
          update: {
            args: Prisma.ConnectLinkUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectLinkPayload>
          }
          deleteMany: {
            args: Prisma.ConnectLinkDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.ConnectLinkUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.ConnectLinkUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectLinkPayload>[]
          }
          upsert: {
            args: Prisma.ConnectLinkUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ConnectLinkPayload>
          }
          aggregate: {
            args: Prisma.ConnectLinkAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateConnectLink>
          }
          groupBy: {
            args: Prisma.ConnectLinkGroupByArgs<ExtArgs>
            result: $Utils.Optional<ConnectLinkGroupByOutputType>[]
          }
          count: {
            args: Prisma.ConnectLinkCountArgs<ExtArgs>
            result: $Utils.Optional<ConnectLinkCountAggregateOutputType> | number
          }
        }
      }
      StaffUser: {
        payload: Prisma.$StaffUserPayload<ExtArgs>
        fields: Prisma.StaffUserFieldRefs
        operations: {
          findUnique: {
            args: Prisma.StaffUserFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StaffUserPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.StaffUserFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StaffUserPayload>
          }
          findFirst: {
            args: Prisma.StaffUserFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StaffUserPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.StaffUserFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StaffUserPayload>
          }
          findMany: {
            args: Prisma.StaffUserFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StaffUserPayload>[]
          }
          create: {
            args: Prisma.StaffUserCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StaffUserPayload>
          }
          createMany: {
            args: Prisma.StaffUserCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.StaffUserCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StaffUserPayload>[]
          }
          delete: {
            args: Prisma.StaffUserDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StaffUserPayload>
          }
          update: {
            args: Prisma.StaffUserUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StaffUserPayload>
          }
          deleteMany: {
            args: Prisma.StaffUserDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.StaffUserUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.StaffUserUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StaffUserPayload>[]
          }
          upsert: {
            args: Prisma.StaffUserUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StaffUserPayload>
          }
          aggregate: {
            args: Prisma.StaffUserAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateStaffUser>
          }
          groupBy: {
            args: Prisma.StaffUserGroupByArgs<ExtArgs>
            result: $Utils.Optional<StaffUserGroupByOutputType>[]
          }
          count: {
            args: Prisma.StaffUserCountArgs<ExtArgs>
            result: $Utils.Optional<StaffUserCountAggregateOutputType> | number
          }
        }
      }
      ApiKey: {
        payload: Prisma.$ApiKeyPayload<ExtArgs>
        fields: Prisma.ApiKeyFieldRefs
        operations: {
          findUnique: {
            args: Prisma.ApiKeyFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ApiKeyPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.ApiKeyFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ApiKeyPayload>
          }
          findFirst: {
            args: Prisma.ApiKeyFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ApiKeyPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.ApiKeyFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ApiKeyPayload>
          }
          findMany: {
            args: Prisma.ApiKeyFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ApiKeyPayload>[]
          }
          create: {
            args: Prisma.ApiKeyCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ApiKeyPayload>
          }
          createMany: {
            args: Prisma.ApiKeyCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.ApiKeyCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ApiKeyPayload>[]
          }
          delete: {
            args: Prisma.ApiKeyDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ApiKeyPayload>
          }
          update: {
            args: Prisma.ApiKeyUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ApiKeyPayload>
          }
          deleteMany: {
            args: Prisma.ApiKeyDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.ApiKeyUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.ApiKeyUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ApiKeyPayload>[]
          }
          upsert: {
            args: Prisma.ApiKeyUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ApiKeyPayload>
          }
          aggregate: {
            args: Prisma.ApiKeyAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateApiKey>
          }
          groupBy: {
            args: Prisma.ApiKeyGroupByArgs<ExtArgs>
            result: $Utils.Optional<ApiKeyGroupByOutputType>[]
          }
          count: {
            args: Prisma.ApiKeyCountArgs<ExtArgs>
            result: $Utils.Optional<ApiKeyCountAggregateOutputType> | number
          }
        }
      }
      AuditEvent: {
        payload: Prisma.$AuditEventPayload<ExtArgs>
        fields: Prisma.AuditEventFieldRefs
        operations: {
          findUnique: {
            args: Prisma.AuditEventFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.AuditEventFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload>
          }
          findFirst: {
            args: Prisma.AuditEventFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.AuditEventFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload>
          }
          findMany: {
            args: Prisma.AuditEventFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload>[]
          }
          create: {
            args: Prisma.AuditEventCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload>
          }
          createMany: {
            args: Prisma.AuditEventCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.AuditEventCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload>[]
          }
          delete: {
            args: Prisma.AuditEventDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload>
          }
          update: {
            args: Prisma.AuditEventUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload>
          }
          deleteMany: {
            args: Prisma.AuditEventDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.AuditEventUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.AuditEventUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload>[]
          }
          upsert: {
            args: Prisma.AuditEventUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload>
          }
          aggregate: {
            args: Prisma.AuditEventAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateAuditEvent>
          }
          groupBy: {
            args: Prisma.AuditEventGroupByArgs<ExtArgs>
            result: $Utils.Optional<AuditEventGroupByOutputType>[]
          }
          count: {
            args: Prisma.AuditEventCountArgs<ExtArgs>
            result: $Utils.Optional<AuditEventCountAggregateOutputType> | number
          }
        }
      }
      CompanyCreation: {
        payload: Prisma.$CompanyCreationPayload<ExtArgs>
        fields: Prisma.CompanyCreationFieldRefs
        operations: {
          findUnique: {
            args: Prisma.CompanyCreationFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CompanyCreationPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.CompanyCreationFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CompanyCreationPayload>
          }
          findFirst: {
            args: Prisma.CompanyCreationFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CompanyCreationPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.CompanyCreationFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CompanyCreationPayload>
          }
          findMany: {
            args: Prisma.CompanyCreationFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CompanyCreationPayload>[]
          }
          create: {
            args: Prisma.CompanyCreationCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CompanyCreationPayload>
          }
          createMany: {
            args: Prisma.CompanyCreationCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.CompanyCreationCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CompanyCreationPayload>[]
          }
          delete: {
            args: Prisma.CompanyCreationDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CompanyCreationPayload>
          }
          update: {
            args: Prisma.CompanyCreationUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CompanyCreationPayload>
          }
          deleteMany: {
            args: Prisma.CompanyCreationDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.CompanyCreationUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.CompanyCreationUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CompanyCreationPayload>[]
          }
          upsert: {
            args: Prisma.CompanyCreationUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CompanyCreationPayload>
          }
          aggregate: {
            args: Prisma.CompanyCreationAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateCompanyCreation>
          }
          groupBy: {
            args: Prisma.CompanyCreationGroupByArgs<ExtArgs>
            result: $Utils.Optional<CompanyCreationGroupByOutputType>[]
          }
          count: {
            args: Prisma.CompanyCreationCountArgs<ExtArgs>
            result: $Utils.Optional<CompanyCreationCountAggregateOutputType> | number
          }
        }
      }
      RateLimitBucket: {
        payload: Prisma.$RateLimitBucketPayload<ExtArgs>
        fields: Prisma.RateLimitBucketFieldRefs
        operations: {
          findUnique: {
            args: Prisma.RateLimitBucketFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RateLimitBucketPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.RateLimitBucketFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RateLimitBucketPayload>
          }
          findFirst: {
            args: Prisma.RateLimitBucketFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RateLimitBucketPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.RateLimitBucketFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RateLimitBucketPayload>
          }
          findMany: {
            args: Prisma.RateLimitBucketFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RateLimitBucketPayload>[]
          }
          create: {
            args: Prisma.RateLimitBucketCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RateLimitBucketPayload>
          }
          createMany: {
            args: Prisma.RateLimitBucketCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.RateLimitBucketCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RateLimitBucketPayload>[]
          }
          delete: {
            args: Prisma.RateLimitBucketDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RateLimitBucketPayload>
          }
          update: {
            args: Prisma.RateLimitBucketUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RateLimitBucketPayload>
          }
          deleteMany: {
            args: Prisma.RateLimitBucketDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.RateLimitBucketUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.RateLimitBucketUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RateLimitBucketPayload>[]
          }
          upsert: {
            args: Prisma.RateLimitBucketUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RateLimitBucketPayload>
          }
          aggregate: {
            args: Prisma.RateLimitBucketAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateRateLimitBucket>
          }
          groupBy: {
            args: Prisma.RateLimitBucketGroupByArgs<ExtArgs>
            result: $Utils.Optional<RateLimitBucketGroupByOutputType>[]
          }
          count: {
            args: Prisma.RateLimitBucketCountArgs<ExtArgs>
            result: $Utils.Optional<RateLimitBucketCountAggregateOutputType> | number
          }
        }
      }
    }
  } & {
    other: {
      payload: any
      operations: {
        $executeRaw: {
          args: [query: TemplateStringsArray | Prisma.Sql, ...values: any[]],
          result: any
        }
        $executeRawUnsafe: {
          args: [query: string, ...values: any[]],
          result: any
        }
        $queryRaw: {
          args: [query: TemplateStringsArray | Prisma.Sql, ...values: any[]],
          result: any
        }
        $queryRawUnsafe: {
          args: [query: string, ...values: any[]],
          result: any
        }
      }
    }
  }
  export const defineExtension: $Extensions.ExtendsHook<"define", Prisma.TypeMapCb, $Extensions.DefaultArgs>
  export type DefaultPrismaClient = PrismaClient
  export type ErrorFormat = 'pretty' | 'colorless' | 'minimal'
  export interface PrismaClientOptions {
    /**
     * Overwrites the datasource url from your schema.prisma file
     */
    datasources?: Datasources
    /**
     * Overwrites the datasource url from your schema.prisma file
     */
    datasourceUrl?: string
    /**
     * @default "colorless"
     */
    errorFormat?: ErrorFormat
    /**
     * @example
     * ```
     * // Shorthand for `emit: 'stdout'`
     * log: ['query', 'info', 'warn', 'error']
     * 
     * // Emit as events only
     * log: [
     *   { emit: 'event', level: 'query' },
     *   { emit: 'event', level: 'info' },
     *   { emit: 'event', level: 'warn' }
     *   { emit: 'event', level: 'error' }
     * ]
     * 
     * / Emit as events and log to stdout
     * og: [
     *  { emit: 'stdout', level: 'query' },
     *  { emit: 'stdout', level: 'info' },
     *  { emit: 'stdout', level: 'warn' }
     *  { emit: 'stdout', level: 'error' }
     * 
     * ```
     * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/logging#the-log-option).
     */
    log?: (LogLevel | LogDefinition)[]
    /**
     * The default values for transactionOptions
     * maxWait ?= 2000
     * timeout ?= 5000
     */
    transactionOptions?: {
      maxWait?: number
      timeout?: number
      isolationLevel?: Prisma.TransactionIsolationLevel
    }
    /**
     * Instance of a Driver Adapter, e.g., like one provided by `@prisma/adapter-planetscale`
     */
    adapter?: runtime.SqlDriverAdapterFactory | null
    /**
     * Global configuration for omitting model fields by default.
     * 
     * @example
     * ```
     * const prisma = new PrismaClient({
     *   omit: {
     *     user: {
     *       password: true
     *     }
     *   }
     * })
     * ```
     */
    omit?: Prisma.GlobalOmitConfig
  }
  export type GlobalOmitConfig = {
    connection?: ConnectionOmit
    partnerToken?: PartnerTokenOmit
    pendingAuthorization?: PendingAuthorizationOmit
    connectLink?: ConnectLinkOmit
    staffUser?: StaffUserOmit
    apiKey?: ApiKeyOmit
    auditEvent?: AuditEventOmit
    companyCreation?: CompanyCreationOmit
    rateLimitBucket?: RateLimitBucketOmit
  }

  /* Types for Logging */
  export type LogLevel = 'info' | 'query' | 'warn' | 'error'
  export type LogDefinition = {
    level: LogLevel
    emit: 'stdout' | 'event'
  }

  export type CheckIsLogLevel<T> = T extends LogLevel ? T : never;

  export type GetLogType<T> = CheckIsLogLevel<
    T extends LogDefinition ? T['level'] : T
  >;

  export type GetEvents<T extends any[]> = T extends Array<LogLevel | LogDefinition>
    ? GetLogType<T[number]>
    : never;

  export type QueryEvent = {
    timestamp: Date
    query: string
    params: string
    duration: number
    target: string
  }

  export type LogEvent = {
    timestamp: Date
    message: string
    target: string
  }
  /* End Types for Logging */


  export type PrismaAction =
    | 'findUnique'
    | 'findUniqueOrThrow'
    | 'findMany'
    | 'findFirst'
    | 'findFirstOrThrow'
    | 'create'
    | 'createMany'
    | 'createManyAndReturn'
    | 'update'
    | 'updateMany'
    | 'updateManyAndReturn'
    | 'upsert'
    | 'delete'
    | 'deleteMany'
    | 'executeRaw'
    | 'queryRaw'
    | 'aggregate'
    | 'count'
    | 'runCommandRaw'
    | 'findRaw'
    | 'groupBy'

  // tested in getLogLevel.test.ts
  export function getLogLevel(log: Array<LogLevel | LogDefinition>): LogLevel | undefined;

  /**
   * `PrismaClient` proxy available in interactive transactions.
   */
  export type TransactionClient = Omit<Prisma.DefaultPrismaClient, runtime.ITXClientDenyList>

  export type Datasource = {
    url?: string
  }

  /**
   * Count Types
   */


  /**
   * Count Type ConnectionCountOutputType
   */

  export type ConnectionCountOutputType = {
    auditEvents: number
    connectLinks: number
  }

  export type ConnectionCountOutputTypeSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    auditEvents?: boolean | ConnectionCountOutputTypeCountAuditEventsArgs
    connectLinks?: boolean | ConnectionCountOutputTypeCountConnectLinksArgs
  }

  // Custom InputTypes
  /**
   * ConnectionCountOutputType without action
   */
  export type ConnectionCountOutputTypeDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ConnectionCountOutputType
     */
    select?: ConnectionCountOutputTypeSelect<ExtArgs> | null
  }

  /**
   * ConnectionCountOutputType without action
   */
  export type ConnectionCountOutputTypeCountAuditEventsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: AuditEventWhereInput
  }

  /**
   * ConnectionCountOutputType without action
   */
  export type ConnectionCountOutputTypeCountConnectLinksArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: ConnectLinkWhereInput
  }


  /**
   * Models
   */

  /**
   * Model Connection
   */

  export type AggregateConnection = {
    _count: ConnectionCountAggregateOutputType | null
    _avg: ConnectionAvgAggregateOutputType | null
    _sum: ConnectionSumAggregateOutputType | null
    _min: ConnectionMinAggregateOutputType | null
    _max: ConnectionMaxAggregateOutputType | null
  }

  export type ConnectionAvgAggregateOutputType = {
    tokenVersion: number | null
    consecutiveFailures: number | null
  }

  export type ConnectionSumAggregateOutputType = {
    tokenVersion: number | null
    consecutiveFailures: number | null
  }

  export type ConnectionMinAggregateOutputType = {
    id: string | null
    environment: string | null
    remoteCompanyId: string | null
    companyName: string | null
    remoteUserId: string | null
    externalId: string | null
    status: string | null
    source: string | null
    scope: string | null
    refreshTokenEnc: string | null
    accessTokenEnc: string | null
    accessTokenExpiresAt: Date | null
    leaseOwner: string | null
    leaseExpiresAt: Date | null
    tokenVersion: number | null
    consecutiveFailures: number | null
    retryNotBefore: Date | null
    lastRefreshAt: Date | null
    lastErrorCode: string | null
    lastErrorMessage: string | null
    lastErrorAt: Date | null
    connectedAt: Date | null
    connectedBy: string | null
    disconnectedAt: Date | null
    createdAt: Date | null
    updatedAt: Date | null
  }

  export type ConnectionMaxAggregateOutputType = {
    id: string | null
    environment: string | null
    remoteCompanyId: string | null
    companyName: string | null
    remoteUserId: string | null
    externalId: string | null
    status: string | null
    source: string | null
    scope: string | null
    refreshTokenEnc: string | null
    accessTokenEnc: string | null
    accessTokenExpiresAt: Date | null
    leaseOwner: string | null
    leaseExpiresAt: Date | null
    tokenVersion: number | null
    consecutiveFailures: number | null
    retryNotBefore: Date | null
    lastRefreshAt: Date | null
    lastErrorCode: string | null
    lastErrorMessage: string | null
    lastErrorAt: Date | null
    connectedAt: Date | null
    connectedBy: string | null
    disconnectedAt: Date | null
    createdAt: Date | null
    updatedAt: Date | null
  }

  export type ConnectionCountAggregateOutputType = {
    id: number
    environment: number
    remoteCompanyId: number
    companyName: number
    remoteUserId: number
    externalId: number
    status: number
    source: number
    scope: number
    refreshTokenEnc: number
    accessTokenEnc: number
    accessTokenExpiresAt: number
    leaseOwner: number
    leaseExpiresAt: number
    tokenVersion: number
    consecutiveFailures: number
    retryNotBefore: number
    lastRefreshAt: number
    lastErrorCode: number
    lastErrorMessage: number
    lastErrorAt: number
    connectedAt: number
    connectedBy: number
    disconnectedAt: number
    createdAt: number
    updatedAt: number
    _all: number
  }


  export type ConnectionAvgAggregateInputType = {
    tokenVersion?: true
    consecutiveFailures?: true
  }

  export type ConnectionSumAggregateInputType = {
    tokenVersion?: true
    consecutiveFailures?: true
  }

  export type ConnectionMinAggregateInputType = {
    id?: true
    environment?: true
    remoteCompanyId?: true
    companyName?: true
    remoteUserId?: true
    externalId?: true
    status?: true
    source?: true
    scope?: true
    refreshTokenEnc?: true
    accessTokenEnc?: true
    accessTokenExpiresAt?: true
    leaseOwner?: true
    leaseExpiresAt?: true
    tokenVersion?: true
    consecutiveFailures?: true
    retryNotBefore?: true
    lastRefreshAt?: true
    lastErrorCode?: true
    lastErrorMessage?: true
    lastErrorAt?: true
    connectedAt?: true
    connectedBy?: true
    disconnectedAt?: true
    createdAt?: true
    updatedAt?: true
  }

  export type ConnectionMaxAggregateInputType = {
    id?: true
    environment?: true
    remoteCompanyId?: true
    companyName?: true
    remoteUserId?: true
    externalId?: true
    status?: true
    source?: true
    scope?: true
    refreshTokenEnc?: true
    accessTokenEnc?: true
    accessTokenExpiresAt?: true
    leaseOwner?: true
    leaseExpiresAt?: true
    tokenVersion?: true
    consecutiveFailures?: true
    retryNotBefore?: true
    lastRefreshAt?: true
    lastErrorCode?: true
    lastErrorMessage?: true
    lastErrorAt?: true
    connectedAt?: true
    connectedBy?: true
    disconnectedAt?: true
    createdAt?: true
    updatedAt?: true
  }

  export type ConnectionCountAggregateInputType = {
    id?: true
    environment?: true
    remoteCompanyId?: true
    companyName?: true
    remoteUserId?: true
    externalId?: true
    status?: true
    source?: true
    scope?: true
    refreshTokenEnc?: true
    accessTokenEnc?: true
    accessTokenExpiresAt?: true
    leaseOwner?: true
    leaseExpiresAt?: true
    tokenVersion?: true
    consecutiveFailures?: true
    retryNotBefore?: true
    lastRefreshAt?: true
    lastErrorCode?: true
    lastErrorMessage?: true
    lastErrorAt?: true
    connectedAt?: true
    connectedBy?: true
    disconnectedAt?: true
    createdAt?: true
    updatedAt?: true
    _all?: true
  }

  export type ConnectionAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Connection to aggregate.
     */
    where?: ConnectionWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Connections to fetch.
     */
    orderBy?: ConnectionOrderByWithRelationInput | ConnectionOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: ConnectionWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Connections from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Connections.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned Connections
    **/
    _count?: true | ConnectionCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: ConnectionAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: ConnectionSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: ConnectionMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: ConnectionMaxAggregateInputType
  }

  export type GetConnectionAggregateType<T extends ConnectionAggregateArgs> = {
        [P in keyof T & keyof AggregateConnection]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateConnection[P]>
      : GetScalarType<T[P], AggregateConnection[P]>
  }




  export type ConnectionGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: ConnectionWhereInput
    orderBy?: ConnectionOrderByWithAggregationInput | ConnectionOrderByWithAggregationInput[]
    by: ConnectionScalarFieldEnum[] | ConnectionScalarFieldEnum
    having?: ConnectionScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: ConnectionCountAggregateInputType | true
    _avg?: ConnectionAvgAggregateInputType
    _sum?: ConnectionSumAggregateInputType
    _min?: ConnectionMinAggregateInputType
    _max?: ConnectionMaxAggregateInputType
  }

  export type ConnectionGroupByOutputType = {
    id: string
    environment: string
    remoteCompanyId: string
    companyName: string
    remoteUserId: string | null
    externalId: string | null
    status: string
    source: string
    scope: string | null
    refreshTokenEnc: string | null
    accessTokenEnc: string | null
    accessTokenExpiresAt: Date | null
    leaseOwner: string | null
    leaseExpiresAt: Date | null
    tokenVersion: number
    consecutiveFailures: number
    retryNotBefore: Date | null
    lastRefreshAt: Date | null
    lastErrorCode: string | null
    lastErrorMessage: string | null
    lastErrorAt: Date | null
    connectedAt: Date
    connectedBy: string | null
    disconnectedAt: Date | null
    createdAt: Date
    updatedAt: Date
    _count: ConnectionCountAggregateOutputType | null
    _avg: ConnectionAvgAggregateOutputType | null
    _sum: ConnectionSumAggregateOutputType | null
    _min: ConnectionMinAggregateOutputType | null
    _max: ConnectionMaxAggregateOutputType | null
  }

  type GetConnectionGroupByPayload<T extends ConnectionGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<ConnectionGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof ConnectionGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], ConnectionGroupByOutputType[P]>
            : GetScalarType<T[P], ConnectionGroupByOutputType[P]>
        }
      >
    >


  export type ConnectionSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    environment?: boolean
    remoteCompanyId?: boolean
    companyName?: boolean
    remoteUserId?: boolean
    externalId?: boolean
    status?: boolean
    source?: boolean
    scope?: boolean
    refreshTokenEnc?: boolean
    accessTokenEnc?: boolean
    accessTokenExpiresAt?: boolean
    leaseOwner?: boolean
    leaseExpiresAt?: boolean
    tokenVersion?: boolean
    consecutiveFailures?: boolean
    retryNotBefore?: boolean
    lastRefreshAt?: boolean
    lastErrorCode?: boolean
    lastErrorMessage?: boolean
    lastErrorAt?: boolean
    connectedAt?: boolean
    connectedBy?: boolean
    disconnectedAt?: boolean
    createdAt?: boolean
    updatedAt?: boolean
    auditEvents?: boolean | Connection$auditEventsArgs<ExtArgs>
    connectLinks?: boolean | Connection$connectLinksArgs<ExtArgs>
    _count?: boolean | ConnectionCountOutputTypeDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["connection"]>

  export type ConnectionSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    environment?: boolean
    remoteCompanyId?: boolean
    companyName?: boolean
    remoteUserId?: boolean
    externalId?: boolean
    status?: boolean
    source?: boolean
    scope?: boolean
    refreshTokenEnc?: boolean
    accessTokenEnc?: boolean
    accessTokenExpiresAt?: boolean
    leaseOwner?: boolean
    leaseExpiresAt?: boolean
    tokenVersion?: boolean
    consecutiveFailures?: boolean
    retryNotBefore?: boolean
    lastRefreshAt?: boolean
    lastErrorCode?: boolean
    lastErrorMessage?: boolean
    lastErrorAt?: boolean
    connectedAt?: boolean
    connectedBy?: boolean
    disconnectedAt?: boolean
    createdAt?: boolean
    updatedAt?: boolean
  }, ExtArgs["result"]["connection"]>

  export type ConnectionSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    environment?: boolean
    remoteCompanyId?: boolean
    companyName?: boolean
    remoteUserId?: boolean
    externalId?: boolean
    status?: boolean
    source?: boolean
    scope?: boolean
    refreshTokenEnc?: boolean
    accessTokenEnc?: boolean
    accessTokenExpiresAt?: boolean
    leaseOwner?: boolean
    leaseExpiresAt?: boolean
    tokenVersion?: boolean
    consecutiveFailures?: boolean
    retryNotBefore?: boolean
    lastRefreshAt?: boolean
    lastErrorCode?: boolean
    lastErrorMessage?: boolean
    lastErrorAt?: boolean
    connectedAt?: boolean
    connectedBy?: boolean
    disconnectedAt?: boolean
    createdAt?: boolean
    updatedAt?: boolean
  }, ExtArgs["result"]["connection"]>

  export type ConnectionSelectScalar = {
    id?: boolean
    environment?: boolean
    remoteCompanyId?: boolean
    companyName?: boolean
    remoteUserId?: boolean
    externalId?: boolean
    status?: boolean
    source?: boolean
    scope?: boolean
    refreshTokenEnc?: boolean
    accessTokenEnc?: boolean
    accessTokenExpiresAt?: boolean
    leaseOwner?: boolean
    leaseExpiresAt?: boolean
    tokenVersion?: boolean
    consecutiveFailures?: boolean
    retryNotBefore?: boolean
    lastRefreshAt?: boolean
    lastErrorCode?: boolean
    lastErrorMessage?: boolean
    lastErrorAt?: boolean
    connectedAt?: boolean
    connectedBy?: boolean
    disconnectedAt?: boolean
    createdAt?: boolean
    updatedAt?: boolean
  }

  export type ConnectionOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "environment" | "remoteCompanyId" | "companyName" | "remoteUserId" | "externalId" | "status" | "source" | "scope" | "refreshTokenEnc" | "accessTokenEnc" | "accessTokenExpiresAt" | "leaseOwner" | "leaseExpiresAt" | "tokenVersion" | "consecutiveFailures" | "retryNotBefore" | "lastRefreshAt" | "lastErrorCode" | "lastErrorMessage" | "lastErrorAt" | "connectedAt" | "connectedBy" | "disconnectedAt" | "createdAt" | "updatedAt", ExtArgs["result"]["connection"]>
  export type ConnectionInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    auditEvents?: boolean | Connection$auditEventsArgs<ExtArgs>
    connectLinks?: boolean | Connection$connectLinksArgs<ExtArgs>
    _count?: boolean | ConnectionCountOutputTypeDefaultArgs<ExtArgs>
  }
  export type ConnectionIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {}
  export type ConnectionIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {}

  export type $ConnectionPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "Connection"
    objects: {
      auditEvents: Prisma.$AuditEventPayload<ExtArgs>[]
      connectLinks: Prisma.$ConnectLinkPayload<ExtArgs>[]
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      environment: string
      remoteCompanyId: string
      companyName: string
      remoteUserId: string | null
      externalId: string | null
      /**
       * connected | needs_reconnect | refresh_failing | disconnected
       */
      status: string
      /**
       * consent | company_creation
       */
      source: string
      scope: string | null
      refreshTokenEnc: string | null
      accessTokenEnc: string | null
      accessTokenExpiresAt: Date | null
      /**
       * Single-flight refresh lease: whoever holds an unexpired lease is the only caller of Remote.
       */
      leaseOwner: string | null
      leaseExpiresAt: Date | null
      /**
       * Bumped on every token write so waiters can tell a fresh token from the one they saw expire.
       */
      tokenVersion: number
      consecutiveFailures: number
      /**
       * After a temporary failure no caller contacts Remote before this (Remote's x-ratelimit-reset, or a short cool-down).
       */
      retryNotBefore: Date | null
      lastRefreshAt: Date | null
      lastErrorCode: string | null
      lastErrorMessage: string | null
      lastErrorAt: Date | null
      connectedAt: Date
      connectedBy: string | null
      disconnectedAt: Date | null
      createdAt: Date
      updatedAt: Date
    }, ExtArgs["result"]["connection"]>
    composites: {}
  }

  type ConnectionGetPayload<S extends boolean | null | undefined | ConnectionDefaultArgs> = $Result.GetResult<Prisma.$ConnectionPayload, S>

  type ConnectionCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<ConnectionFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: ConnectionCountAggregateInputType | true
    }

  export interface ConnectionDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['Connection'], meta: { name: 'Connection' } }
    /**
     * Find zero or one Connection that matches the filter.
     * @param {ConnectionFindUniqueArgs} args - Arguments to find a Connection
     * @example
     * // Get one Connection
     * const connection = await prisma.connection.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends ConnectionFindUniqueArgs>(args: SelectSubset<T, ConnectionFindUniqueArgs<ExtArgs>>): Prisma__ConnectionClient<$Result.GetResult<Prisma.$ConnectionPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one Connection that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {ConnectionFindUniqueOrThrowArgs} args - Arguments to find a Connection
     * @example
     * // Get one Connection
     * const connection = await prisma.connection.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends ConnectionFindUniqueOrThrowArgs>(args: SelectSubset<T, ConnectionFindUniqueOrThrowArgs<ExtArgs>>): Prisma__ConnectionClient<$Result.GetResult<Prisma.$ConnectionPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Connection that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ConnectionFindFirstArgs} args - Arguments to find a Connection
     * @example
     * // Get one Connection
     * const connection = await prisma.connection.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends ConnectionFindFirstArgs>(args?: SelectSubset<T, ConnectionFindFirstArgs<ExtArgs>>): Prisma__ConnectionClient<$Result.GetResult<Prisma.$ConnectionPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Connection that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ConnectionFindFirstOrThrowArgs} args - Arguments to find a Connection
     * @example
     * // Get one Connection
     * const connection = await prisma.connection.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends ConnectionFindFirstOrThrowArgs>(args?: SelectSubset<T, ConnectionFindFirstOrThrowArgs<ExtArgs>>): Prisma__ConnectionClient<$Result.GetResult<Prisma.$ConnectionPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more Connections that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ConnectionFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all Connections
     * const connections = await prisma.connection.findMany()
     * 
     * // Get first 10 Connections
     * const connections = await prisma.connection.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const connectionWithIdOnly = await prisma.connection.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends ConnectionFindManyArgs>(args?: SelectSubset<T, ConnectionFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ConnectionPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a Connection.
     * @param {ConnectionCreateArgs} args - Arguments to create a Connection.
     * @example
     * // Create one Connection
     * const Connection = await prisma.connection.create({
     *   data: {
     *     // ... data to create a Connection
     *   }
     * })
     * 
     */
    create<T extends ConnectionCreateArgs>(args: SelectSubset<T, ConnectionCreateArgs<ExtArgs>>): Prisma__ConnectionClient<$Result.GetResult<Prisma.$ConnectionPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many Connections.
     * @param {ConnectionCreateManyArgs} args - Arguments to create many Connections.
     * @example
     * // Create many Connections
     * const connection = await prisma.connection.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends ConnectionCreateManyArgs>(args?: SelectSubset<T, ConnectionCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many Connections and returns the data saved in the database.
     * @param {ConnectionCreateManyAndReturnArgs} args - Arguments to create many Connections.
     * @example
     * // Create many Connections
     * const connection = await prisma.connection.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many Connections and only return the `id`
     * const connectionWithIdOnly = await prisma.connection.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends ConnectionCreateManyAndReturnArgs>(args?: SelectSubset<T, ConnectionCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ConnectionPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a Connection.
     * @param {ConnectionDeleteArgs} args - Arguments to delete one Connection.
     * @example
     * // Delete one Connection
     * const Connection = await prisma.connection.delete({
     *   where: {
     *     // ... filter to delete one Connection
     *   }
     * })
     * 
     */
    delete<T extends ConnectionDeleteArgs>(args: SelectSubset<T, ConnectionDeleteArgs<ExtArgs>>): Prisma__ConnectionClient<$Result.GetResult<Prisma.$ConnectionPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one Connection.
     * @param {ConnectionUpdateArgs} args - Arguments to update one Connection.
     * @example
     * // Update one Connection
     * const connection = await prisma.connection.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends ConnectionUpdateArgs>(args: SelectSubset<T, ConnectionUpdateArgs<ExtArgs>>): Prisma__ConnectionClient<$Result.GetResult<Prisma.$ConnectionPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more Connections.
     * @param {ConnectionDeleteManyArgs} args - Arguments to filter Connections to delete.
     * @example
     * // Delete a few Connections
     * const { count } = await prisma.connection.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends ConnectionDeleteManyArgs>(args?: SelectSubset<T, ConnectionDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Connections.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ConnectionUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many Connections
     * const connection = await prisma.connection.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends ConnectionUpdateManyArgs>(args: SelectSubset<T, ConnectionUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Connections and returns the data updated in the database.
     * @param {ConnectionUpdateManyAndReturnArgs} args - Arguments to update many Connections.
     * @example
     * // Update many Connections
     * const connection = await prisma.connection.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more Connections and only return the `id`
     * const connectionWithIdOnly = await prisma.connection.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends ConnectionUpdateManyAndReturnArgs>(args: SelectSubset<T, ConnectionUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ConnectionPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one Connection.
     * @param {ConnectionUpsertArgs} args - Arguments to update or create a Connection.
     * @example
     * // Update or create a Connection
     * const connection = await prisma.connection.upsert({
     *   create: {
     *     // ... data to create a Connection
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Connection we want to update
     *   }
     * })
     */
    upsert<T extends ConnectionUpsertArgs>(args: SelectSubset<T, ConnectionUpsertArgs<ExtArgs>>): Prisma__ConnectionClient<$Result.GetResult<Prisma.$ConnectionPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of Connections.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ConnectionCountArgs} args - Arguments to filter Connections to count.
     * @example
     * // Count the number of Connections
     * const count = await prisma.connection.count({
     *   where: {
     *     // ... the filter for the Connections we want to count
     *   }
     * })
    **/
    count<T extends ConnectionCountArgs>(
      args?: Subset<T, ConnectionCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], ConnectionCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a Connection.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ConnectionAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends ConnectionAggregateArgs>(args: Subset<T, ConnectionAggregateArgs>): Prisma.PrismaPromise<GetConnectionAggregateType<T>>

    /**
     * Group by Connection.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ConnectionGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends ConnectionGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: ConnectionGroupByArgs['orderBy'] }
        : { orderBy?: ConnectionGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, ConnectionGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetConnectionGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the Connection model
   */
  readonly fields: ConnectionFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for Connection.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__ConnectionClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    auditEvents<T extends Connection$auditEventsArgs<ExtArgs> = {}>(args?: Subset<T, Connection$auditEventsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    connectLinks<T extends Connection$connectLinksArgs<ExtArgs> = {}>(args?: Subset<T, Connection$connectLinksArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ConnectLinkPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the Connection model
   */
  interface ConnectionFieldRefs {
    readonly id: FieldRef<"Connection", 'String'>
    readonly environment: FieldRef<"Connection", 'String'>
    readonly remoteCompanyId: FieldRef<"Connection", 'String'>
    readonly companyName: FieldRef<"Connection", 'String'>
    readonly remoteUserId: FieldRef<"Connection", 'String'>
    readonly externalId: FieldRef<"Connection", 'String'>
    readonly status: FieldRef<"Connection", 'String'>
    readonly source: FieldRef<"Connection", 'String'>
    readonly scope: FieldRef<"Connection", 'String'>
    readonly refreshTokenEnc: FieldRef<"Connection", 'String'>
    readonly accessTokenEnc: FieldRef<"Connection", 'String'>
    readonly accessTokenExpiresAt: FieldRef<"Connection", 'DateTime'>
    readonly leaseOwner: FieldRef<"Connection", 'String'>
    readonly leaseExpiresAt: FieldRef<"Connection", 'DateTime'>
    readonly tokenVersion: FieldRef<"Connection", 'Int'>
    readonly consecutiveFailures: FieldRef<"Connection", 'Int'>
    readonly retryNotBefore: FieldRef<"Connection", 'DateTime'>
    readonly lastRefreshAt: FieldRef<"Connection", 'DateTime'>
    readonly lastErrorCode: FieldRef<"Connection", 'String'>
    readonly lastErrorMessage: FieldRef<"Connection", 'String'>
    readonly lastErrorAt: FieldRef<"Connection", 'DateTime'>
    readonly connectedAt: FieldRef<"Connection", 'DateTime'>
    readonly connectedBy: FieldRef<"Connection", 'String'>
    readonly disconnectedAt: FieldRef<"Connection", 'DateTime'>
    readonly createdAt: FieldRef<"Connection", 'DateTime'>
    readonly updatedAt: FieldRef<"Connection", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * Connection findUnique
   */
  export type ConnectionFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Connection
     */
    select?: ConnectionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Connection
     */
    omit?: ConnectionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectionInclude<ExtArgs> | null
    /**
     * Filter, which Connection to fetch.
     */
    where: ConnectionWhereUniqueInput
  }

  /**
   * Connection findUniqueOrThrow
   */
  export type ConnectionFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Connection
     */
    select?: ConnectionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Connection
     */
    omit?: ConnectionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectionInclude<ExtArgs> | null
    /**
     * Filter, which Connection to fetch.
     */
    where: ConnectionWhereUniqueInput
  }

  /**
   * Connection findFirst
   */
  export type ConnectionFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Connection
     */
    select?: ConnectionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Connection
     */
    omit?: ConnectionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectionInclude<ExtArgs> | null
    /**
     * Filter, which Connection to fetch.
     */
    where?: ConnectionWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Connections to fetch.
     */
    orderBy?: ConnectionOrderByWithRelationInput | ConnectionOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Connections.
     */
    cursor?: ConnectionWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Connections from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Connections.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Connections.
     */
    distinct?: ConnectionScalarFieldEnum | ConnectionScalarFieldEnum[]
  }

  /**
   * Connection findFirstOrThrow
   */
  export type ConnectionFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Connection
     */
    select?: ConnectionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Connection
     */
    omit?: ConnectionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectionInclude<ExtArgs> | null
    /**
     * Filter, which Connection to fetch.
     */
    where?: ConnectionWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Connections to fetch.
     */
    orderBy?: ConnectionOrderByWithRelationInput | ConnectionOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Connections.
     */
    cursor?: ConnectionWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Connections from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Connections.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Connections.
     */
    distinct?: ConnectionScalarFieldEnum | ConnectionScalarFieldEnum[]
  }

  /**
   * Connection findMany
   */
  export type ConnectionFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Connection
     */
    select?: ConnectionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Connection
     */
    omit?: ConnectionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectionInclude<ExtArgs> | null
    /**
     * Filter, which Connections to fetch.
     */
    where?: ConnectionWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Connections to fetch.
     */
    orderBy?: ConnectionOrderByWithRelationInput | ConnectionOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing Connections.
     */
    cursor?: ConnectionWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Connections from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Connections.
     */
    skip?: number
    distinct?: ConnectionScalarFieldEnum | ConnectionScalarFieldEnum[]
  }

  /**
   * Connection create
   */
  export type ConnectionCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Connection
     */
    select?: ConnectionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Connection
     */
    omit?: ConnectionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectionInclude<ExtArgs> | null
    /**
     * The data needed to create a Connection.
     */
    data: XOR<ConnectionCreateInput, ConnectionUncheckedCreateInput>
  }

  /**
   * Connection createMany
   */
  export type ConnectionCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many Connections.
     */
    data: ConnectionCreateManyInput | ConnectionCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * Connection createManyAndReturn
   */
  export type ConnectionCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Connection
     */
    select?: ConnectionSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Connection
     */
    omit?: ConnectionOmit<ExtArgs> | null
    /**
     * The data used to create many Connections.
     */
    data: ConnectionCreateManyInput | ConnectionCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * Connection update
   */
  export type ConnectionUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Connection
     */
    select?: ConnectionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Connection
     */
    omit?: ConnectionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectionInclude<ExtArgs> | null
    /**
     * The data needed to update a Connection.
     */
    data: XOR<ConnectionUpdateInput, ConnectionUncheckedUpdateInput>
    /**
     * Choose, which Connection to update.
     */
    where: ConnectionWhereUniqueInput
  }

  /**
   * Connection updateMany
   */
  export type ConnectionUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update Connections.
     */
    data: XOR<ConnectionUpdateManyMutationInput, ConnectionUncheckedUpdateManyInput>
    /**
     * Filter which Connections to update
     */
    where?: ConnectionWhereInput
    /**
     * Limit how many Connections to update.
     */
    limit?: number
  }

  /**
   * Connection updateManyAndReturn
   */
  export type ConnectionUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Connection
     */
    select?: ConnectionSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Connection
     */
    omit?: ConnectionOmit<ExtArgs> | null
    /**
     * The data used to update Connections.
     */
    data: XOR<ConnectionUpdateManyMutationInput, ConnectionUncheckedUpdateManyInput>
    /**
     * Filter which Connections to update
     */
    where?: ConnectionWhereInput
    /**
     * Limit how many Connections to update.
     */
    limit?: number
  }

  /**
   * Connection upsert
   */
  export type ConnectionUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Connection
     */
    select?: ConnectionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Connection
     */
    omit?: ConnectionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectionInclude<ExtArgs> | null
    /**
     * The filter to search for the Connection to update in case it exists.
     */
    where: ConnectionWhereUniqueInput
    /**
     * In case the Connection found by the `where` argument doesn't exist, create a new Connection with this data.
     */
    create: XOR<ConnectionCreateInput, ConnectionUncheckedCreateInput>
    /**
     * In case the Connection was found with the provided `where` argument, update it with this data.
     */
    update: XOR<ConnectionUpdateInput, ConnectionUncheckedUpdateInput>
  }

  /**
   * Connection delete
   */
  export type ConnectionDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Connection
     */
    select?: ConnectionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Connection
     */
    omit?: ConnectionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectionInclude<ExtArgs> | null
    /**
     * Filter which Connection to delete.
     */
    where: ConnectionWhereUniqueInput
  }

  /**
   * Connection deleteMany
   */
  export type ConnectionDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Connections to delete
     */
    where?: ConnectionWhereInput
    /**
     * Limit how many Connections to delete.
     */
    limit?: number
  }

  /**
   * Connection.auditEvents
   */
  export type Connection$auditEventsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    where?: AuditEventWhereInput
    orderBy?: AuditEventOrderByWithRelationInput | AuditEventOrderByWithRelationInput[]
    cursor?: AuditEventWhereUniqueInput
    take?: number
    skip?: number
    distinct?: AuditEventScalarFieldEnum | AuditEventScalarFieldEnum[]
  }

  /**
   * Connection.connectLinks
   */
  export type Connection$connectLinksArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ConnectLink
     */
    select?: ConnectLinkSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ConnectLink
     */
    omit?: ConnectLinkOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectLinkInclude<ExtArgs> | null
    where?: ConnectLinkWhereInput
    orderBy?: ConnectLinkOrderByWithRelationInput | ConnectLinkOrderByWithRelationInput[]
    cursor?: ConnectLinkWhereUniqueInput
    take?: number
    skip?: number
    distinct?: ConnectLinkScalarFieldEnum | ConnectLinkScalarFieldEnum[]
  }

  /**
   * Connection without action
   */
  export type ConnectionDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Connection
     */
    select?: ConnectionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Connection
     */
    omit?: ConnectionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectionInclude<ExtArgs> | null
  }


  /**
   * Model PartnerToken
   */

  export type AggregatePartnerToken = {
    _count: PartnerTokenCountAggregateOutputType | null
    _avg: PartnerTokenAvgAggregateOutputType | null
    _sum: PartnerTokenSumAggregateOutputType | null
    _min: PartnerTokenMinAggregateOutputType | null
    _max: PartnerTokenMaxAggregateOutputType | null
  }

  export type PartnerTokenAvgAggregateOutputType = {
    tokenVersion: number | null
  }

  export type PartnerTokenSumAggregateOutputType = {
    tokenVersion: number | null
  }

  export type PartnerTokenMinAggregateOutputType = {
    id: string | null
    accessTokenEnc: string | null
    expiresAt: Date | null
    leaseOwner: string | null
    leaseExpiresAt: Date | null
    tokenVersion: number | null
    retryNotBefore: Date | null
    lastErrorCode: string | null
    lastErrorMessage: string | null
    lastErrorAt: Date | null
    updatedAt: Date | null
  }

  export type PartnerTokenMaxAggregateOutputType = {
    id: string | null
    accessTokenEnc: string | null
    expiresAt: Date | null
    leaseOwner: string | null
    leaseExpiresAt: Date | null
    tokenVersion: number | null
    retryNotBefore: Date | null
    lastErrorCode: string | null
    lastErrorMessage: string | null
    lastErrorAt: Date | null
    updatedAt: Date | null
  }

  export type PartnerTokenCountAggregateOutputType = {
    id: number
    accessTokenEnc: number
    expiresAt: number
    leaseOwner: number
    leaseExpiresAt: number
    tokenVersion: number
    retryNotBefore: number
    lastErrorCode: number
    lastErrorMessage: number
    lastErrorAt: number
    updatedAt: number
    _all: number
  }


  export type PartnerTokenAvgAggregateInputType = {
    tokenVersion?: true
  }

  export type PartnerTokenSumAggregateInputType = {
    tokenVersion?: true
  }

  export type PartnerTokenMinAggregateInputType = {
    id?: true
    accessTokenEnc?: true
    expiresAt?: true
    leaseOwner?: true
    leaseExpiresAt?: true
    tokenVersion?: true
    retryNotBefore?: true
    lastErrorCode?: true
    lastErrorMessage?: true
    lastErrorAt?: true
    updatedAt?: true
  }

  export type PartnerTokenMaxAggregateInputType = {
    id?: true
    accessTokenEnc?: true
    expiresAt?: true
    leaseOwner?: true
    leaseExpiresAt?: true
    tokenVersion?: true
    retryNotBefore?: true
    lastErrorCode?: true
    lastErrorMessage?: true
    lastErrorAt?: true
    updatedAt?: true
  }

  export type PartnerTokenCountAggregateInputType = {
    id?: true
    accessTokenEnc?: true
    expiresAt?: true
    leaseOwner?: true
    leaseExpiresAt?: true
    tokenVersion?: true
    retryNotBefore?: true
    lastErrorCode?: true
    lastErrorMessage?: true
    lastErrorAt?: true
    updatedAt?: true
    _all?: true
  }

  export type PartnerTokenAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which PartnerToken to aggregate.
     */
    where?: PartnerTokenWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of PartnerTokens to fetch.
     */
    orderBy?: PartnerTokenOrderByWithRelationInput | PartnerTokenOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: PartnerTokenWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` PartnerTokens from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` PartnerTokens.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned PartnerTokens
    **/
    _count?: true | PartnerTokenCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: PartnerTokenAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: PartnerTokenSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: PartnerTokenMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: PartnerTokenMaxAggregateInputType
  }

  export type GetPartnerTokenAggregateType<T extends PartnerTokenAggregateArgs> = {
        [P in keyof T & keyof AggregatePartnerToken]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregatePartnerToken[P]>
      : GetScalarType<T[P], AggregatePartnerToken[P]>
  }




  export type PartnerTokenGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: PartnerTokenWhereInput
    orderBy?: PartnerTokenOrderByWithAggregationInput | PartnerTokenOrderByWithAggregationInput[]
    by: PartnerTokenScalarFieldEnum[] | PartnerTokenScalarFieldEnum
    having?: PartnerTokenScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: PartnerTokenCountAggregateInputType | true
    _avg?: PartnerTokenAvgAggregateInputType
    _sum?: PartnerTokenSumAggregateInputType
    _min?: PartnerTokenMinAggregateInputType
    _max?: PartnerTokenMaxAggregateInputType
  }

  export type PartnerTokenGroupByOutputType = {
    id: string
    accessTokenEnc: string | null
    expiresAt: Date | null
    leaseOwner: string | null
    leaseExpiresAt: Date | null
    tokenVersion: number
    retryNotBefore: Date | null
    lastErrorCode: string | null
    lastErrorMessage: string | null
    lastErrorAt: Date | null
    updatedAt: Date
    _count: PartnerTokenCountAggregateOutputType | null
    _avg: PartnerTokenAvgAggregateOutputType | null
    _sum: PartnerTokenSumAggregateOutputType | null
    _min: PartnerTokenMinAggregateOutputType | null
    _max: PartnerTokenMaxAggregateOutputType | null
  }

  type GetPartnerTokenGroupByPayload<T extends PartnerTokenGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<PartnerTokenGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof PartnerTokenGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], PartnerTokenGroupByOutputType[P]>
            : GetScalarType<T[P], PartnerTokenGroupByOutputType[P]>
        }
      >
    >


  export type PartnerTokenSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    accessTokenEnc?: boolean
    expiresAt?: boolean
    leaseOwner?: boolean
    leaseExpiresAt?: boolean
    tokenVersion?: boolean
    retryNotBefore?: boolean
    lastErrorCode?: boolean
    lastErrorMessage?: boolean
    lastErrorAt?: boolean
    updatedAt?: boolean
  }, ExtArgs["result"]["partnerToken"]>

  export type PartnerTokenSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    accessTokenEnc?: boolean
    expiresAt?: boolean
    leaseOwner?: boolean
    leaseExpiresAt?: boolean
    tokenVersion?: boolean
    retryNotBefore?: boolean
    lastErrorCode?: boolean
    lastErrorMessage?: boolean
    lastErrorAt?: boolean
    updatedAt?: boolean
  }, ExtArgs["result"]["partnerToken"]>

  export type PartnerTokenSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    accessTokenEnc?: boolean
    expiresAt?: boolean
    leaseOwner?: boolean
    leaseExpiresAt?: boolean
    tokenVersion?: boolean
    retryNotBefore?: boolean
    lastErrorCode?: boolean
    lastErrorMessage?: boolean
    lastErrorAt?: boolean
    updatedAt?: boolean
  }, ExtArgs["result"]["partnerToken"]>

  export type PartnerTokenSelectScalar = {
    id?: boolean
    accessTokenEnc?: boolean
    expiresAt?: boolean
    leaseOwner?: boolean
    leaseExpiresAt?: boolean
    tokenVersion?: boolean
    retryNotBefore?: boolean
    lastErrorCode?: boolean
    lastErrorMessage?: boolean
    lastErrorAt?: boolean
    updatedAt?: boolean
  }

  export type PartnerTokenOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "accessTokenEnc" | "expiresAt" | "leaseOwner" | "leaseExpiresAt" | "tokenVersion" | "retryNotBefore" | "lastErrorCode" | "lastErrorMessage" | "lastErrorAt" | "updatedAt", ExtArgs["result"]["partnerToken"]>

  export type $PartnerTokenPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "PartnerToken"
    objects: {}
    scalars: $Extensions.GetPayloadResult<{
      id: string
      accessTokenEnc: string | null
      expiresAt: Date | null
      leaseOwner: string | null
      leaseExpiresAt: Date | null
      tokenVersion: number
      retryNotBefore: Date | null
      lastErrorCode: string | null
      lastErrorMessage: string | null
      lastErrorAt: Date | null
      updatedAt: Date
    }, ExtArgs["result"]["partnerToken"]>
    composites: {}
  }

  type PartnerTokenGetPayload<S extends boolean | null | undefined | PartnerTokenDefaultArgs> = $Result.GetResult<Prisma.$PartnerTokenPayload, S>

  type PartnerTokenCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<PartnerTokenFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: PartnerTokenCountAggregateInputType | true
    }

  export interface PartnerTokenDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['PartnerToken'], meta: { name: 'PartnerToken' } }
    /**
     * Find zero or one PartnerToken that matches the filter.
     * @param {PartnerTokenFindUniqueArgs} args - Arguments to find a PartnerToken
     * @example
     * // Get one PartnerToken
     * const partnerToken = await prisma.partnerToken.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends PartnerTokenFindUniqueArgs>(args: SelectSubset<T, PartnerTokenFindUniqueArgs<ExtArgs>>): Prisma__PartnerTokenClient<$Result.GetResult<Prisma.$PartnerTokenPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one PartnerToken that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {PartnerTokenFindUniqueOrThrowArgs} args - Arguments to find a PartnerToken
     * @example
     * // Get one PartnerToken
     * const partnerToken = await prisma.partnerToken.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends PartnerTokenFindUniqueOrThrowArgs>(args: SelectSubset<T, PartnerTokenFindUniqueOrThrowArgs<ExtArgs>>): Prisma__PartnerTokenClient<$Result.GetResult<Prisma.$PartnerTokenPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first PartnerToken that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PartnerTokenFindFirstArgs} args - Arguments to find a PartnerToken
     * @example
     * // Get one PartnerToken
     * const partnerToken = await prisma.partnerToken.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends PartnerTokenFindFirstArgs>(args?: SelectSubset<T, PartnerTokenFindFirstArgs<ExtArgs>>): Prisma__PartnerTokenClient<$Result.GetResult<Prisma.$PartnerTokenPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first PartnerToken that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PartnerTokenFindFirstOrThrowArgs} args - Arguments to find a PartnerToken
     * @example
     * // Get one PartnerToken
     * const partnerToken = await prisma.partnerToken.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends PartnerTokenFindFirstOrThrowArgs>(args?: SelectSubset<T, PartnerTokenFindFirstOrThrowArgs<ExtArgs>>): Prisma__PartnerTokenClient<$Result.GetResult<Prisma.$PartnerTokenPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more PartnerTokens that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PartnerTokenFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all PartnerTokens
     * const partnerTokens = await prisma.partnerToken.findMany()
     * 
     * // Get first 10 PartnerTokens
     * const partnerTokens = await prisma.partnerToken.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const partnerTokenWithIdOnly = await prisma.partnerToken.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends PartnerTokenFindManyArgs>(args?: SelectSubset<T, PartnerTokenFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$PartnerTokenPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a PartnerToken.
     * @param {PartnerTokenCreateArgs} args - Arguments to create a PartnerToken.
     * @example
     * // Create one PartnerToken
     * const PartnerToken = await prisma.partnerToken.create({
     *   data: {
     *     // ... data to create a PartnerToken
     *   }
     * })
     * 
     */
    create<T extends PartnerTokenCreateArgs>(args: SelectSubset<T, PartnerTokenCreateArgs<ExtArgs>>): Prisma__PartnerTokenClient<$Result.GetResult<Prisma.$PartnerTokenPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many PartnerTokens.
     * @param {PartnerTokenCreateManyArgs} args - Arguments to create many PartnerTokens.
     * @example
     * // Create many PartnerTokens
     * const partnerToken = await prisma.partnerToken.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends PartnerTokenCreateManyArgs>(args?: SelectSubset<T, PartnerTokenCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many PartnerTokens and returns the data saved in the database.
     * @param {PartnerTokenCreateManyAndReturnArgs} args - Arguments to create many PartnerTokens.
     * @example
     * // Create many PartnerTokens
     * const partnerToken = await prisma.partnerToken.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many PartnerTokens and only return the `id`
     * const partnerTokenWithIdOnly = await prisma.partnerToken.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends PartnerTokenCreateManyAndReturnArgs>(args?: SelectSubset<T, PartnerTokenCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$PartnerTokenPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a PartnerToken.
     * @param {PartnerTokenDeleteArgs} args - Arguments to delete one PartnerToken.
     * @example
     * // Delete one PartnerToken
     * const PartnerToken = await prisma.partnerToken.delete({
     *   where: {
     *     // ... filter to delete one PartnerToken
     *   }
     * })
     * 
     */
    delete<T extends PartnerTokenDeleteArgs>(args: SelectSubset<T, PartnerTokenDeleteArgs<ExtArgs>>): Prisma__PartnerTokenClient<$Result.GetResult<Prisma.$PartnerTokenPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one PartnerToken.
     * @param {PartnerTokenUpdateArgs} args - Arguments to update one PartnerToken.
     * @example
     * // Update one PartnerToken
     * const partnerToken = await prisma.partnerToken.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends PartnerTokenUpdateArgs>(args: SelectSubset<T, PartnerTokenUpdateArgs<ExtArgs>>): Prisma__PartnerTokenClient<$Result.GetResult<Prisma.$PartnerTokenPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more PartnerTokens.
     * @param {PartnerTokenDeleteManyArgs} args - Arguments to filter PartnerTokens to delete.
     * @example
     * // Delete a few PartnerTokens
     * const { count } = await prisma.partnerToken.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends PartnerTokenDeleteManyArgs>(args?: SelectSubset<T, PartnerTokenDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more PartnerTokens.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PartnerTokenUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many PartnerTokens
     * const partnerToken = await prisma.partnerToken.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends PartnerTokenUpdateManyArgs>(args: SelectSubset<T, PartnerTokenUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more PartnerTokens and returns the data updated in the database.
     * @param {PartnerTokenUpdateManyAndReturnArgs} args - Arguments to update many PartnerTokens.
     * @example
     * // Update many PartnerTokens
     * const partnerToken = await prisma.partnerToken.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more PartnerTokens and only return the `id`
     * const partnerTokenWithIdOnly = await prisma.partnerToken.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends PartnerTokenUpdateManyAndReturnArgs>(args: SelectSubset<T, PartnerTokenUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$PartnerTokenPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one PartnerToken.
     * @param {PartnerTokenUpsertArgs} args - Arguments to update or create a PartnerToken.
     * @example
     * // Update or create a PartnerToken
     * const partnerToken = await prisma.partnerToken.upsert({
     *   create: {
     *     // ... data to create a PartnerToken
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the PartnerToken we want to update
     *   }
     * })
     */
    upsert<T extends PartnerTokenUpsertArgs>(args: SelectSubset<T, PartnerTokenUpsertArgs<ExtArgs>>): Prisma__PartnerTokenClient<$Result.GetResult<Prisma.$PartnerTokenPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of PartnerTokens.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PartnerTokenCountArgs} args - Arguments to filter PartnerTokens to count.
     * @example
     * // Count the number of PartnerTokens
     * const count = await prisma.partnerToken.count({
     *   where: {
     *     // ... the filter for the PartnerTokens we want to count
     *   }
     * })
    **/
    count<T extends PartnerTokenCountArgs>(
      args?: Subset<T, PartnerTokenCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], PartnerTokenCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a PartnerToken.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PartnerTokenAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends PartnerTokenAggregateArgs>(args: Subset<T, PartnerTokenAggregateArgs>): Prisma.PrismaPromise<GetPartnerTokenAggregateType<T>>

    /**
     * Group by PartnerToken.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PartnerTokenGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends PartnerTokenGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: PartnerTokenGroupByArgs['orderBy'] }
        : { orderBy?: PartnerTokenGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, PartnerTokenGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetPartnerTokenGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the PartnerToken model
   */
  readonly fields: PartnerTokenFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for PartnerToken.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__PartnerTokenClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the PartnerToken model
   */
  interface PartnerTokenFieldRefs {
    readonly id: FieldRef<"PartnerToken", 'String'>
    readonly accessTokenEnc: FieldRef<"PartnerToken", 'String'>
    readonly expiresAt: FieldRef<"PartnerToken", 'DateTime'>
    readonly leaseOwner: FieldRef<"PartnerToken", 'String'>
    readonly leaseExpiresAt: FieldRef<"PartnerToken", 'DateTime'>
    readonly tokenVersion: FieldRef<"PartnerToken", 'Int'>
    readonly retryNotBefore: FieldRef<"PartnerToken", 'DateTime'>
    readonly lastErrorCode: FieldRef<"PartnerToken", 'String'>
    readonly lastErrorMessage: FieldRef<"PartnerToken", 'String'>
    readonly lastErrorAt: FieldRef<"PartnerToken", 'DateTime'>
    readonly updatedAt: FieldRef<"PartnerToken", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * PartnerToken findUnique
   */
  export type PartnerTokenFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PartnerToken
     */
    select?: PartnerTokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PartnerToken
     */
    omit?: PartnerTokenOmit<ExtArgs> | null
    /**
     * Filter, which PartnerToken to fetch.
     */
    where: PartnerTokenWhereUniqueInput
  }

  /**
   * PartnerToken findUniqueOrThrow
   */
  export type PartnerTokenFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PartnerToken
     */
    select?: PartnerTokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PartnerToken
     */
    omit?: PartnerTokenOmit<ExtArgs> | null
    /**
     * Filter, which PartnerToken to fetch.
     */
    where: PartnerTokenWhereUniqueInput
  }

  /**
   * PartnerToken findFirst
   */
  export type PartnerTokenFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PartnerToken
     */
    select?: PartnerTokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PartnerToken
     */
    omit?: PartnerTokenOmit<ExtArgs> | null
    /**
     * Filter, which PartnerToken to fetch.
     */
    where?: PartnerTokenWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of PartnerTokens to fetch.
     */
    orderBy?: PartnerTokenOrderByWithRelationInput | PartnerTokenOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for PartnerTokens.
     */
    cursor?: PartnerTokenWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` PartnerTokens from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` PartnerTokens.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of PartnerTokens.
     */
    distinct?: PartnerTokenScalarFieldEnum | PartnerTokenScalarFieldEnum[]
  }

  /**
   * PartnerToken findFirstOrThrow
   */
  export type PartnerTokenFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PartnerToken
     */
    select?: PartnerTokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PartnerToken
     */
    omit?: PartnerTokenOmit<ExtArgs> | null
    /**
     * Filter, which PartnerToken to fetch.
     */
    where?: PartnerTokenWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of PartnerTokens to fetch.
     */
    orderBy?: PartnerTokenOrderByWithRelationInput | PartnerTokenOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for PartnerTokens.
     */
    cursor?: PartnerTokenWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` PartnerTokens from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` PartnerTokens.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of PartnerTokens.
     */
    distinct?: PartnerTokenScalarFieldEnum | PartnerTokenScalarFieldEnum[]
  }

  /**
   * PartnerToken findMany
   */
  export type PartnerTokenFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PartnerToken
     */
    select?: PartnerTokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PartnerToken
     */
    omit?: PartnerTokenOmit<ExtArgs> | null
    /**
     * Filter, which PartnerTokens to fetch.
     */
    where?: PartnerTokenWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of PartnerTokens to fetch.
     */
    orderBy?: PartnerTokenOrderByWithRelationInput | PartnerTokenOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing PartnerTokens.
     */
    cursor?: PartnerTokenWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` PartnerTokens from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` PartnerTokens.
     */
    skip?: number
    distinct?: PartnerTokenScalarFieldEnum | PartnerTokenScalarFieldEnum[]
  }

  /**
   * PartnerToken create
   */
  export type PartnerTokenCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PartnerToken
     */
    select?: PartnerTokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PartnerToken
     */
    omit?: PartnerTokenOmit<ExtArgs> | null
    /**
     * The data needed to create a PartnerToken.
     */
    data: XOR<PartnerTokenCreateInput, PartnerTokenUncheckedCreateInput>
  }

  /**
   * PartnerToken createMany
   */
  export type PartnerTokenCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many PartnerTokens.
     */
    data: PartnerTokenCreateManyInput | PartnerTokenCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * PartnerToken createManyAndReturn
   */
  export type PartnerTokenCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PartnerToken
     */
    select?: PartnerTokenSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the PartnerToken
     */
    omit?: PartnerTokenOmit<ExtArgs> | null
    /**
     * The data used to create many PartnerTokens.
     */
    data: PartnerTokenCreateManyInput | PartnerTokenCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * PartnerToken update
   */
  export type PartnerTokenUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PartnerToken
     */
    select?: PartnerTokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PartnerToken
     */
    omit?: PartnerTokenOmit<ExtArgs> | null
    /**
     * The data needed to update a PartnerToken.
     */
    data: XOR<PartnerTokenUpdateInput, PartnerTokenUncheckedUpdateInput>
    /**
     * Choose, which PartnerToken to update.
     */
    where: PartnerTokenWhereUniqueInput
  }

  /**
   * PartnerToken updateMany
   */
  export type PartnerTokenUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update PartnerTokens.
     */
    data: XOR<PartnerTokenUpdateManyMutationInput, PartnerTokenUncheckedUpdateManyInput>
    /**
     * Filter which PartnerTokens to update
     */
    where?: PartnerTokenWhereInput
    /**
     * Limit how many PartnerTokens to update.
     */
    limit?: number
  }

  /**
   * PartnerToken updateManyAndReturn
   */
  export type PartnerTokenUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PartnerToken
     */
    select?: PartnerTokenSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the PartnerToken
     */
    omit?: PartnerTokenOmit<ExtArgs> | null
    /**
     * The data used to update PartnerTokens.
     */
    data: XOR<PartnerTokenUpdateManyMutationInput, PartnerTokenUncheckedUpdateManyInput>
    /**
     * Filter which PartnerTokens to update
     */
    where?: PartnerTokenWhereInput
    /**
     * Limit how many PartnerTokens to update.
     */
    limit?: number
  }

  /**
   * PartnerToken upsert
   */
  export type PartnerTokenUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PartnerToken
     */
    select?: PartnerTokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PartnerToken
     */
    omit?: PartnerTokenOmit<ExtArgs> | null
    /**
     * The filter to search for the PartnerToken to update in case it exists.
     */
    where: PartnerTokenWhereUniqueInput
    /**
     * In case the PartnerToken found by the `where` argument doesn't exist, create a new PartnerToken with this data.
     */
    create: XOR<PartnerTokenCreateInput, PartnerTokenUncheckedCreateInput>
    /**
     * In case the PartnerToken was found with the provided `where` argument, update it with this data.
     */
    update: XOR<PartnerTokenUpdateInput, PartnerTokenUncheckedUpdateInput>
  }

  /**
   * PartnerToken delete
   */
  export type PartnerTokenDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PartnerToken
     */
    select?: PartnerTokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PartnerToken
     */
    omit?: PartnerTokenOmit<ExtArgs> | null
    /**
     * Filter which PartnerToken to delete.
     */
    where: PartnerTokenWhereUniqueInput
  }

  /**
   * PartnerToken deleteMany
   */
  export type PartnerTokenDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which PartnerTokens to delete
     */
    where?: PartnerTokenWhereInput
    /**
     * Limit how many PartnerTokens to delete.
     */
    limit?: number
  }

  /**
   * PartnerToken without action
   */
  export type PartnerTokenDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PartnerToken
     */
    select?: PartnerTokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PartnerToken
     */
    omit?: PartnerTokenOmit<ExtArgs> | null
  }


  /**
   * Model PendingAuthorization
   */

  export type AggregatePendingAuthorization = {
    _count: PendingAuthorizationCountAggregateOutputType | null
    _min: PendingAuthorizationMinAggregateOutputType | null
    _max: PendingAuthorizationMaxAggregateOutputType | null
  }

  export type PendingAuthorizationMinAggregateOutputType = {
    id: string | null
    stateHash: string | null
    browserHash: string | null
    codeVerifierEnc: string | null
    connectLinkId: string | null
    returnTo: string | null
    createdAt: Date | null
    expiresAt: Date | null
    consumedAt: Date | null
  }

  export type PendingAuthorizationMaxAggregateOutputType = {
    id: string | null
    stateHash: string | null
    browserHash: string | null
    codeVerifierEnc: string | null
    connectLinkId: string | null
    returnTo: string | null
    createdAt: Date | null
    expiresAt: Date | null
    consumedAt: Date | null
  }

  export type PendingAuthorizationCountAggregateOutputType = {
    id: number
    stateHash: number
    browserHash: number
    codeVerifierEnc: number
    connectLinkId: number
    returnTo: number
    createdAt: number
    expiresAt: number
    consumedAt: number
    _all: number
  }


  export type PendingAuthorizationMinAggregateInputType = {
    id?: true
    stateHash?: true
    browserHash?: true
    codeVerifierEnc?: true
    connectLinkId?: true
    returnTo?: true
    createdAt?: true
    expiresAt?: true
    consumedAt?: true
  }

  export type PendingAuthorizationMaxAggregateInputType = {
    id?: true
    stateHash?: true
    browserHash?: true
    codeVerifierEnc?: true
    connectLinkId?: true
    returnTo?: true
    createdAt?: true
    expiresAt?: true
    consumedAt?: true
  }

  export type PendingAuthorizationCountAggregateInputType = {
    id?: true
    stateHash?: true
    browserHash?: true
    codeVerifierEnc?: true
    connectLinkId?: true
    returnTo?: true
    createdAt?: true
    expiresAt?: true
    consumedAt?: true
    _all?: true
  }

  export type PendingAuthorizationAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which PendingAuthorization to aggregate.
     */
    where?: PendingAuthorizationWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of PendingAuthorizations to fetch.
     */
    orderBy?: PendingAuthorizationOrderByWithRelationInput | PendingAuthorizationOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: PendingAuthorizationWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` PendingAuthorizations from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` PendingAuthorizations.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned PendingAuthorizations
    **/
    _count?: true | PendingAuthorizationCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: PendingAuthorizationMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: PendingAuthorizationMaxAggregateInputType
  }

  export type GetPendingAuthorizationAggregateType<T extends PendingAuthorizationAggregateArgs> = {
        [P in keyof T & keyof AggregatePendingAuthorization]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregatePendingAuthorization[P]>
      : GetScalarType<T[P], AggregatePendingAuthorization[P]>
  }




  export type PendingAuthorizationGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: PendingAuthorizationWhereInput
    orderBy?: PendingAuthorizationOrderByWithAggregationInput | PendingAuthorizationOrderByWithAggregationInput[]
    by: PendingAuthorizationScalarFieldEnum[] | PendingAuthorizationScalarFieldEnum
    having?: PendingAuthorizationScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: PendingAuthorizationCountAggregateInputType | true
    _min?: PendingAuthorizationMinAggregateInputType
    _max?: PendingAuthorizationMaxAggregateInputType
  }

  export type PendingAuthorizationGroupByOutputType = {
    id: string
    stateHash: string
    browserHash: string
    codeVerifierEnc: string
    connectLinkId: string | null
    returnTo: string | null
    createdAt: Date
    expiresAt: Date
    consumedAt: Date | null
    _count: PendingAuthorizationCountAggregateOutputType | null
    _min: PendingAuthorizationMinAggregateOutputType | null
    _max: PendingAuthorizationMaxAggregateOutputType | null
  }

  type GetPendingAuthorizationGroupByPayload<T extends PendingAuthorizationGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<PendingAuthorizationGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof PendingAuthorizationGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], PendingAuthorizationGroupByOutputType[P]>
            : GetScalarType<T[P], PendingAuthorizationGroupByOutputType[P]>
        }
      >
    >


  export type PendingAuthorizationSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    stateHash?: boolean
    browserHash?: boolean
    codeVerifierEnc?: boolean
    connectLinkId?: boolean
    returnTo?: boolean
    createdAt?: boolean
    expiresAt?: boolean
    consumedAt?: boolean
  }, ExtArgs["result"]["pendingAuthorization"]>

  export type PendingAuthorizationSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    stateHash?: boolean
    browserHash?: boolean
    codeVerifierEnc?: boolean
    connectLinkId?: boolean
    returnTo?: boolean
    createdAt?: boolean
    expiresAt?: boolean
    consumedAt?: boolean
  }, ExtArgs["result"]["pendingAuthorization"]>

  export type PendingAuthorizationSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    stateHash?: boolean
    browserHash?: boolean
    codeVerifierEnc?: boolean
    connectLinkId?: boolean
    returnTo?: boolean
    createdAt?: boolean
    expiresAt?: boolean
    consumedAt?: boolean
  }, ExtArgs["result"]["pendingAuthorization"]>

  export type PendingAuthorizationSelectScalar = {
    id?: boolean
    stateHash?: boolean
    browserHash?: boolean
    codeVerifierEnc?: boolean
    connectLinkId?: boolean
    returnTo?: boolean
    createdAt?: boolean
    expiresAt?: boolean
    consumedAt?: boolean
  }

  export type PendingAuthorizationOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "stateHash" | "browserHash" | "codeVerifierEnc" | "connectLinkId" | "returnTo" | "createdAt" | "expiresAt" | "consumedAt", ExtArgs["result"]["pendingAuthorization"]>

  export type $PendingAuthorizationPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "PendingAuthorization"
    objects: {}
    scalars: $Extensions.GetPayloadResult<{
      id: string
      stateHash: string
      browserHash: string
      codeVerifierEnc: string
      connectLinkId: string | null
      returnTo: string | null
      createdAt: Date
      expiresAt: Date
      consumedAt: Date | null
    }, ExtArgs["result"]["pendingAuthorization"]>
    composites: {}
  }

  type PendingAuthorizationGetPayload<S extends boolean | null | undefined | PendingAuthorizationDefaultArgs> = $Result.GetResult<Prisma.$PendingAuthorizationPayload, S>

  type PendingAuthorizationCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<PendingAuthorizationFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: PendingAuthorizationCountAggregateInputType | true
    }

  export interface PendingAuthorizationDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['PendingAuthorization'], meta: { name: 'PendingAuthorization' } }
    /**
     * Find zero or one PendingAuthorization that matches the filter.
     * @param {PendingAuthorizationFindUniqueArgs} args - Arguments to find a PendingAuthorization
     * @example
     * // Get one PendingAuthorization
     * const pendingAuthorization = await prisma.pendingAuthorization.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends PendingAuthorizationFindUniqueArgs>(args: SelectSubset<T, PendingAuthorizationFindUniqueArgs<ExtArgs>>): Prisma__PendingAuthorizationClient<$Result.GetResult<Prisma.$PendingAuthorizationPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one PendingAuthorization that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {PendingAuthorizationFindUniqueOrThrowArgs} args - Arguments to find a PendingAuthorization
     * @example
     * // Get one PendingAuthorization
     * const pendingAuthorization = await prisma.pendingAuthorization.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends PendingAuthorizationFindUniqueOrThrowArgs>(args: SelectSubset<T, PendingAuthorizationFindUniqueOrThrowArgs<ExtArgs>>): Prisma__PendingAuthorizationClient<$Result.GetResult<Prisma.$PendingAuthorizationPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first PendingAuthorization that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PendingAuthorizationFindFirstArgs} args - Arguments to find a PendingAuthorization
     * @example
     * // Get one PendingAuthorization
     * const pendingAuthorization = await prisma.pendingAuthorization.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends PendingAuthorizationFindFirstArgs>(args?: SelectSubset<T, PendingAuthorizationFindFirstArgs<ExtArgs>>): Prisma__PendingAuthorizationClient<$Result.GetResult<Prisma.$PendingAuthorizationPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first PendingAuthorization that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PendingAuthorizationFindFirstOrThrowArgs} args - Arguments to find a PendingAuthorization
     * @example
     * // Get one PendingAuthorization
     * const pendingAuthorization = await prisma.pendingAuthorization.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends PendingAuthorizationFindFirstOrThrowArgs>(args?: SelectSubset<T, PendingAuthorizationFindFirstOrThrowArgs<ExtArgs>>): Prisma__PendingAuthorizationClient<$Result.GetResult<Prisma.$PendingAuthorizationPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more PendingAuthorizations that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PendingAuthorizationFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all PendingAuthorizations
     * const pendingAuthorizations = await prisma.pendingAuthorization.findMany()
     * 
     * // Get first 10 PendingAuthorizations
     * const pendingAuthorizations = await prisma.pendingAuthorization.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const pendingAuthorizationWithIdOnly = await prisma.pendingAuthorization.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends PendingAuthorizationFindManyArgs>(args?: SelectSubset<T, PendingAuthorizationFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$PendingAuthorizationPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a PendingAuthorization.
     * @param {PendingAuthorizationCreateArgs} args - Arguments to create a PendingAuthorization.
     * @example
     * // Create one PendingAuthorization
     * const PendingAuthorization = await prisma.pendingAuthorization.create({
     *   data: {
     *     // ... data to create a PendingAuthorization
     *   }
     * })
     * 
     */
    create<T extends PendingAuthorizationCreateArgs>(args: SelectSubset<T, PendingAuthorizationCreateArgs<ExtArgs>>): Prisma__PendingAuthorizationClient<$Result.GetResult<Prisma.$PendingAuthorizationPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many PendingAuthorizations.
     * @param {PendingAuthorizationCreateManyArgs} args - Arguments to create many PendingAuthorizations.
     * @example
     * // Create many PendingAuthorizations
     * const pendingAuthorization = await prisma.pendingAuthorization.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends PendingAuthorizationCreateManyArgs>(args?: SelectSubset<T, PendingAuthorizationCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many PendingAuthorizations and returns the data saved in the database.
     * @param {PendingAuthorizationCreateManyAndReturnArgs} args - Arguments to create many PendingAuthorizations.
     * @example
     * // Create many PendingAuthorizations
     * const pendingAuthorization = await prisma.pendingAuthorization.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many PendingAuthorizations and only return the `id`
     * const pendingAuthorizationWithIdOnly = await prisma.pendingAuthorization.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends PendingAuthorizationCreateManyAndReturnArgs>(args?: SelectSubset<T, PendingAuthorizationCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$PendingAuthorizationPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a PendingAuthorization.
     * @param {PendingAuthorizationDeleteArgs} args - Arguments to delete one PendingAuthorization.
     * @example
     * // Delete one PendingAuthorization
     * const PendingAuthorization = await prisma.pendingAuthorization.delete({
     *   where: {
     *     // ... filter to delete one PendingAuthorization
     *   }
     * })
     * 
     */
    delete<T extends PendingAuthorizationDeleteArgs>(args: SelectSubset<T, PendingAuthorizationDeleteArgs<ExtArgs>>): Prisma__PendingAuthorizationClient<$Result.GetResult<Prisma.$PendingAuthorizationPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one PendingAuthorization.
     * @param {PendingAuthorizationUpdateArgs} args - Arguments to update one PendingAuthorization.
     * @example
     * // Update one PendingAuthorization
     * const pendingAuthorization = await prisma.pendingAuthorization.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends PendingAuthorizationUpdateArgs>(args: SelectSubset<T, PendingAuthorizationUpdateArgs<ExtArgs>>): Prisma__PendingAuthorizationClient<$Result.GetResult<Prisma.$PendingAuthorizationPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more PendingAuthorizations.
     * @param {PendingAuthorizationDeleteManyArgs} args - Arguments to filter PendingAuthorizations to delete.
     * @example
     * // Delete a few PendingAuthorizations
     * const { count } = await prisma.pendingAuthorization.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends PendingAuthorizationDeleteManyArgs>(args?: SelectSubset<T, PendingAuthorizationDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more PendingAuthorizations.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PendingAuthorizationUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many PendingAuthorizations
     * const pendingAuthorization = await prisma.pendingAuthorization.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends PendingAuthorizationUpdateManyArgs>(args: SelectSubset<T, PendingAuthorizationUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more PendingAuthorizations and returns the data updated in the database.
     * @param {PendingAuthorizationUpdateManyAndReturnArgs} args - Arguments to update many PendingAuthorizations.
     * @example
     * // Update many PendingAuthorizations
     * const pendingAuthorization = await prisma.pendingAuthorization.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more PendingAuthorizations and only return the `id`
     * const pendingAuthorizationWithIdOnly = await prisma.pendingAuthorization.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends PendingAuthorizationUpdateManyAndReturnArgs>(args: SelectSubset<T, PendingAuthorizationUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$PendingAuthorizationPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one PendingAuthorization.
     * @param {PendingAuthorizationUpsertArgs} args - Arguments to update or create a PendingAuthorization.
     * @example
     * // Update or create a PendingAuthorization
     * const pendingAuthorization = await prisma.pendingAuthorization.upsert({
     *   create: {
     *     // ... data to create a PendingAuthorization
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the PendingAuthorization we want to update
     *   }
     * })
     */
    upsert<T extends PendingAuthorizationUpsertArgs>(args: SelectSubset<T, PendingAuthorizationUpsertArgs<ExtArgs>>): Prisma__PendingAuthorizationClient<$Result.GetResult<Prisma.$PendingAuthorizationPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of PendingAuthorizations.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PendingAuthorizationCountArgs} args - Arguments to filter PendingAuthorizations to count.
     * @example
     * // Count the number of PendingAuthorizations
     * const count = await prisma.pendingAuthorization.count({
     *   where: {
     *     // ... the filter for the PendingAuthorizations we want to count
     *   }
     * })
    **/
    count<T extends PendingAuthorizationCountArgs>(
      args?: Subset<T, PendingAuthorizationCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], PendingAuthorizationCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a PendingAuthorization.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PendingAuthorizationAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends PendingAuthorizationAggregateArgs>(args: Subset<T, PendingAuthorizationAggregateArgs>): Prisma.PrismaPromise<GetPendingAuthorizationAggregateType<T>>

    /**
     * Group by PendingAuthorization.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PendingAuthorizationGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends PendingAuthorizationGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: PendingAuthorizationGroupByArgs['orderBy'] }
        : { orderBy?: PendingAuthorizationGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, PendingAuthorizationGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetPendingAuthorizationGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the PendingAuthorization model
   */
  readonly fields: PendingAuthorizationFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for PendingAuthorization.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__PendingAuthorizationClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the PendingAuthorization model
   */
  interface PendingAuthorizationFieldRefs {
    readonly id: FieldRef<"PendingAuthorization", 'String'>
    readonly stateHash: FieldRef<"PendingAuthorization", 'String'>
    readonly browserHash: FieldRef<"PendingAuthorization", 'String'>
    readonly codeVerifierEnc: FieldRef<"PendingAuthorization", 'String'>
    readonly connectLinkId: FieldRef<"PendingAuthorization", 'String'>
    readonly returnTo: FieldRef<"PendingAuthorization", 'String'>
    readonly createdAt: FieldRef<"PendingAuthorization", 'DateTime'>
    readonly expiresAt: FieldRef<"PendingAuthorization", 'DateTime'>
    readonly consumedAt: FieldRef<"PendingAuthorization", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * PendingAuthorization findUnique
   */
  export type PendingAuthorizationFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PendingAuthorization
     */
    select?: PendingAuthorizationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PendingAuthorization
     */
    omit?: PendingAuthorizationOmit<ExtArgs> | null
    /**
     * Filter, which PendingAuthorization to fetch.
     */
    where: PendingAuthorizationWhereUniqueInput
  }

  /**
   * PendingAuthorization findUniqueOrThrow
   */
  export type PendingAuthorizationFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PendingAuthorization
     */
    select?: PendingAuthorizationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PendingAuthorization
     */
    omit?: PendingAuthorizationOmit<ExtArgs> | null
    /**
     * Filter, which PendingAuthorization to fetch.
     */
    where: PendingAuthorizationWhereUniqueInput
  }

  /**
   * PendingAuthorization findFirst
   */
  export type PendingAuthorizationFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PendingAuthorization
     */
    select?: PendingAuthorizationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PendingAuthorization
     */
    omit?: PendingAuthorizationOmit<ExtArgs> | null
    /**
     * Filter, which PendingAuthorization to fetch.
     */
    where?: PendingAuthorizationWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of PendingAuthorizations to fetch.
     */
    orderBy?: PendingAuthorizationOrderByWithRelationInput | PendingAuthorizationOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for PendingAuthorizations.
     */
    cursor?: PendingAuthorizationWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` PendingAuthorizations from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` PendingAuthorizations.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of PendingAuthorizations.
     */
    distinct?: PendingAuthorizationScalarFieldEnum | PendingAuthorizationScalarFieldEnum[]
  }

  /**
   * PendingAuthorization findFirstOrThrow
   */
  export type PendingAuthorizationFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PendingAuthorization
     */
    select?: PendingAuthorizationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PendingAuthorization
     */
    omit?: PendingAuthorizationOmit<ExtArgs> | null
    /**
     * Filter, which PendingAuthorization to fetch.
     */
    where?: PendingAuthorizationWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of PendingAuthorizations to fetch.
     */
    orderBy?: PendingAuthorizationOrderByWithRelationInput | PendingAuthorizationOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for PendingAuthorizations.
     */
    cursor?: PendingAuthorizationWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` PendingAuthorizations from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` PendingAuthorizations.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of PendingAuthorizations.
     */
    distinct?: PendingAuthorizationScalarFieldEnum | PendingAuthorizationScalarFieldEnum[]
  }

  /**
   * PendingAuthorization findMany
   */
  export type PendingAuthorizationFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PendingAuthorization
     */
    select?: PendingAuthorizationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PendingAuthorization
     */
    omit?: PendingAuthorizationOmit<ExtArgs> | null
    /**
     * Filter, which PendingAuthorizations to fetch.
     */
    where?: PendingAuthorizationWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of PendingAuthorizations to fetch.
     */
    orderBy?: PendingAuthorizationOrderByWithRelationInput | PendingAuthorizationOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing PendingAuthorizations.
     */
    cursor?: PendingAuthorizationWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` PendingAuthorizations from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` PendingAuthorizations.
     */
    skip?: number
    distinct?: PendingAuthorizationScalarFieldEnum | PendingAuthorizationScalarFieldEnum[]
  }

  /**
   * PendingAuthorization create
   */
  export type PendingAuthorizationCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PendingAuthorization
     */
    select?: PendingAuthorizationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PendingAuthorization
     */
    omit?: PendingAuthorizationOmit<ExtArgs> | null
    /**
     * The data needed to create a PendingAuthorization.
     */
    data: XOR<PendingAuthorizationCreateInput, PendingAuthorizationUncheckedCreateInput>
  }

  /**
   * PendingAuthorization createMany
   */
  export type PendingAuthorizationCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many PendingAuthorizations.
     */
    data: PendingAuthorizationCreateManyInput | PendingAuthorizationCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * PendingAuthorization createManyAndReturn
   */
  export type PendingAuthorizationCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PendingAuthorization
     */
    select?: PendingAuthorizationSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the PendingAuthorization
     */
    omit?: PendingAuthorizationOmit<ExtArgs> | null
    /**
     * The data used to create many PendingAuthorizations.
     */
    data: PendingAuthorizationCreateManyInput | PendingAuthorizationCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * PendingAuthorization update
   */
  export type PendingAuthorizationUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PendingAuthorization
     */
    select?: PendingAuthorizationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PendingAuthorization
     */
    omit?: PendingAuthorizationOmit<ExtArgs> | null
    /**
     * The data needed to update a PendingAuthorization.
     */
    data: XOR<PendingAuthorizationUpdateInput, PendingAuthorizationUncheckedUpdateInput>
    /**
     * Choose, which PendingAuthorization to update.
     */
    where: PendingAuthorizationWhereUniqueInput
  }

  /**
   * PendingAuthorization updateMany
   */
  export type PendingAuthorizationUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update PendingAuthorizations.
     */
    data: XOR<PendingAuthorizationUpdateManyMutationInput, PendingAuthorizationUncheckedUpdateManyInput>
    /**
     * Filter which PendingAuthorizations to update
     */
    where?: PendingAuthorizationWhereInput
    /**
     * Limit how many PendingAuthorizations to update.
     */
    limit?: number
  }

  /**
   * PendingAuthorization updateManyAndReturn
   */
  export type PendingAuthorizationUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PendingAuthorization
     */
    select?: PendingAuthorizationSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the PendingAuthorization
     */
    omit?: PendingAuthorizationOmit<ExtArgs> | null
    /**
     * The data used to update PendingAuthorizations.
     */
    data: XOR<PendingAuthorizationUpdateManyMutationInput, PendingAuthorizationUncheckedUpdateManyInput>
    /**
     * Filter which PendingAuthorizations to update
     */
    where?: PendingAuthorizationWhereInput
    /**
     * Limit how many PendingAuthorizations to update.
     */
    limit?: number
  }

  /**
   * PendingAuthorization upsert
   */
  export type PendingAuthorizationUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PendingAuthorization
     */
    select?: PendingAuthorizationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PendingAuthorization
     */
    omit?: PendingAuthorizationOmit<ExtArgs> | null
    /**
     * The filter to search for the PendingAuthorization to update in case it exists.
     */
    where: PendingAuthorizationWhereUniqueInput
    /**
     * In case the PendingAuthorization found by the `where` argument doesn't exist, create a new PendingAuthorization with this data.
     */
    create: XOR<PendingAuthorizationCreateInput, PendingAuthorizationUncheckedCreateInput>
    /**
     * In case the PendingAuthorization was found with the provided `where` argument, update it with this data.
     */
    update: XOR<PendingAuthorizationUpdateInput, PendingAuthorizationUncheckedUpdateInput>
  }

  /**
   * PendingAuthorization delete
   */
  export type PendingAuthorizationDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PendingAuthorization
     */
    select?: PendingAuthorizationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PendingAuthorization
     */
    omit?: PendingAuthorizationOmit<ExtArgs> | null
    /**
     * Filter which PendingAuthorization to delete.
     */
    where: PendingAuthorizationWhereUniqueInput
  }

  /**
   * PendingAuthorization deleteMany
   */
  export type PendingAuthorizationDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which PendingAuthorizations to delete
     */
    where?: PendingAuthorizationWhereInput
    /**
     * Limit how many PendingAuthorizations to delete.
     */
    limit?: number
  }

  /**
   * PendingAuthorization without action
   */
  export type PendingAuthorizationDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PendingAuthorization
     */
    select?: PendingAuthorizationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PendingAuthorization
     */
    omit?: PendingAuthorizationOmit<ExtArgs> | null
  }


  /**
   * Model ConnectLink
   */

  export type AggregateConnectLink = {
    _count: ConnectLinkCountAggregateOutputType | null
    _min: ConnectLinkMinAggregateOutputType | null
    _max: ConnectLinkMaxAggregateOutputType | null
  }

  export type ConnectLinkMinAggregateOutputType = {
    id: string | null
    tokenHash: string | null
    externalId: string | null
    note: string | null
    createdBy: string | null
    createdAt: Date | null
    expiresAt: Date | null
    usedAt: Date | null
    revokedAt: Date | null
    connectionId: string | null
  }

  export type ConnectLinkMaxAggregateOutputType = {
    id: string | null
    tokenHash: string | null
    externalId: string | null
    note: string | null
    createdBy: string | null
    createdAt: Date | null
    expiresAt: Date | null
    usedAt: Date | null
    revokedAt: Date | null
    connectionId: string | null
  }

  export type ConnectLinkCountAggregateOutputType = {
    id: number
    tokenHash: number
    externalId: number
    note: number
    createdBy: number
    createdAt: number
    expiresAt: number
    usedAt: number
    revokedAt: number
    connectionId: number
    _all: number
  }


  export type ConnectLinkMinAggregateInputType = {
    id?: true
    tokenHash?: true
    externalId?: true
    note?: true
    createdBy?: true
    createdAt?: true
    expiresAt?: true
    usedAt?: true
    revokedAt?: true
    connectionId?: true
  }

  export type ConnectLinkMaxAggregateInputType = {
    id?: true
    tokenHash?: true
    externalId?: true
    note?: true
    createdBy?: true
    createdAt?: true
    expiresAt?: true
    usedAt?: true
    revokedAt?: true
    connectionId?: true
  }

  export type ConnectLinkCountAggregateInputType = {
    id?: true
    tokenHash?: true
    externalId?: true
    note?: true
    createdBy?: true
    createdAt?: true
    expiresAt?: true
    usedAt?: true
    revokedAt?: true
    connectionId?: true
    _all?: true
  }

  export type ConnectLinkAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which ConnectLink to aggregate.
     */
    where?: ConnectLinkWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of ConnectLinks to fetch.
     */
    orderBy?: ConnectLinkOrderByWithRelationInput | ConnectLinkOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: ConnectLinkWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` ConnectLinks from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` ConnectLinks.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned ConnectLinks
    **/
    _count?: true | ConnectLinkCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: ConnectLinkMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: ConnectLinkMaxAggregateInputType
  }

  export type GetConnectLinkAggregateType<T extends ConnectLinkAggregateArgs> = {
        [P in keyof T & keyof AggregateConnectLink]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateConnectLink[P]>
      : GetScalarType<T[P], AggregateConnectLink[P]>
  }




  export type ConnectLinkGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: ConnectLinkWhereInput
    orderBy?: ConnectLinkOrderByWithAggregationInput | ConnectLinkOrderByWithAggregationInput[]
    by: ConnectLinkScalarFieldEnum[] | ConnectLinkScalarFieldEnum
    having?: ConnectLinkScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: ConnectLinkCountAggregateInputType | true
    _min?: ConnectLinkMinAggregateInputType
    _max?: ConnectLinkMaxAggregateInputType
  }

  export type ConnectLinkGroupByOutputType = {
    id: string
    tokenHash: string
    externalId: string | null
    note: string | null
    createdBy: string | null
    createdAt: Date
    expiresAt: Date
    usedAt: Date | null
    revokedAt: Date | null
    connectionId: string | null
    _count: ConnectLinkCountAggregateOutputType | null
    _min: ConnectLinkMinAggregateOutputType | null
    _max: ConnectLinkMaxAggregateOutputType | null
  }

  type GetConnectLinkGroupByPayload<T extends ConnectLinkGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<ConnectLinkGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof ConnectLinkGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], ConnectLinkGroupByOutputType[P]>
            : GetScalarType<T[P], ConnectLinkGroupByOutputType[P]>
        }
      >
    >


  export type ConnectLinkSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    tokenHash?: boolean
    externalId?: boolean
    note?: boolean
    createdBy?: boolean
    createdAt?: boolean
    expiresAt?: boolean
    usedAt?: boolean
    revokedAt?: boolean
    connectionId?: boolean
    connection?: boolean | ConnectLink$connectionArgs<ExtArgs>
  }, ExtArgs["result"]["connectLink"]>

  export type ConnectLinkSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    tokenHash?: boolean
    externalId?: boolean
    note?: boolean
    createdBy?: boolean
    createdAt?: boolean
    expiresAt?: boolean
    usedAt?: boolean
    revokedAt?: boolean
    connectionId?: boolean
    connection?: boolean | ConnectLink$connectionArgs<ExtArgs>
  }, ExtArgs["result"]["connectLink"]>

  export type ConnectLinkSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    tokenHash?: boolean
    externalId?: boolean
    note?: boolean
    createdBy?: boolean
    createdAt?: boolean
    expiresAt?: boolean
    usedAt?: boolean
    revokedAt?: boolean
    connectionId?: boolean
    connection?: boolean | ConnectLink$connectionArgs<ExtArgs>
  }, ExtArgs["result"]["connectLink"]>

  export type ConnectLinkSelectScalar = {
    id?: boolean
    tokenHash?: boolean
    externalId?: boolean
    note?: boolean
    createdBy?: boolean
    createdAt?: boolean
    expiresAt?: boolean
    usedAt?: boolean
    revokedAt?: boolean
    connectionId?: boolean
  }

  export type ConnectLinkOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "tokenHash" | "externalId" | "note" | "createdBy" | "createdAt" | "expiresAt" | "usedAt" | "revokedAt" | "connectionId", ExtArgs["result"]["connectLink"]>
  export type ConnectLinkInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    connection?: boolean | ConnectLink$connectionArgs<ExtArgs>
  }
  export type ConnectLinkIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    connection?: boolean | ConnectLink$connectionArgs<ExtArgs>
  }
  export type ConnectLinkIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    connection?: boolean | ConnectLink$connectionArgs<ExtArgs>
  }

  export type $ConnectLinkPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "ConnectLink"
    objects: {
      connection: Prisma.$ConnectionPayload<ExtArgs> | null
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      tokenHash: string
      externalId: string | null
      note: string | null
      createdBy: string | null
      createdAt: Date
      expiresAt: Date
      usedAt: Date | null
      revokedAt: Date | null
      connectionId: string | null
    }, ExtArgs["result"]["connectLink"]>
    composites: {}
  }

  type ConnectLinkGetPayload<S extends boolean | null | undefined | ConnectLinkDefaultArgs> = $Result.GetResult<Prisma.$ConnectLinkPayload, S>

  type ConnectLinkCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<ConnectLinkFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: ConnectLinkCountAggregateInputType | true
    }

  export interface ConnectLinkDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['ConnectLink'], meta: { name: 'ConnectLink' } }
    /**
     * Find zero or one ConnectLink that matches the filter.
     * @param {ConnectLinkFindUniqueArgs} args - Arguments to find a ConnectLink
     * @example
     * // Get one ConnectLink
     * const connectLink = await prisma.connectLink.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends ConnectLinkFindUniqueArgs>(args: SelectSubset<T, ConnectLinkFindUniqueArgs<ExtArgs>>): Prisma__ConnectLinkClient<$Result.GetResult<Prisma.$ConnectLinkPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one ConnectLink that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {ConnectLinkFindUniqueOrThrowArgs} args - Arguments to find a ConnectLink
     * @example
     * // Get one ConnectLink
     * const connectLink = await prisma.connectLink.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends ConnectLinkFindUniqueOrThrowArgs>(args: SelectSubset<T, ConnectLinkFindUniqueOrThrowArgs<ExtArgs>>): Prisma__ConnectLinkClient<$Result.GetResult<Prisma.$ConnectLinkPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first ConnectLink that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ConnectLinkFindFirstArgs} args - Arguments to find a ConnectLink
     * @example
     * // Get one ConnectLink
     * const connectLink = await prisma.connectLink.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends ConnectLinkFindFirstArgs>(args?: SelectSubset<T, ConnectLinkFindFirstArgs<ExtArgs>>): Prisma__ConnectLinkClient<$Result.GetResult<Prisma.$ConnectLinkPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first ConnectLink that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ConnectLinkFindFirstOrThrowArgs} args - Arguments to find a ConnectLink
     * @example
     * // Get one ConnectLink
     * const connectLink = await prisma.connectLink.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends ConnectLinkFindFirstOrThrowArgs>(args?: SelectSubset<T, ConnectLinkFindFirstOrThrowArgs<ExtArgs>>): Prisma__ConnectLinkClient<$Result.GetResult<Prisma.$ConnectLinkPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more ConnectLinks that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ConnectLinkFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all ConnectLinks
     * const connectLinks = await prisma.connectLink.findMany()
     * 
     * // Get first 10 ConnectLinks
     * const connectLinks = await prisma.connectLink.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const connectLinkWithIdOnly = await prisma.connectLink.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends ConnectLinkFindManyArgs>(args?: SelectSubset<T, ConnectLinkFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ConnectLinkPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a ConnectLink.
     * @param {ConnectLinkCreateArgs} args - Arguments to create a ConnectLink.
     * @example
     * // Create one ConnectLink
     * const ConnectLink = await prisma.connectLink.create({
     *   data: {
     *     // ... data to create a ConnectLink
     *   }
     * })
     * 
     */
    create<T extends ConnectLinkCreateArgs>(args: SelectSubset<T, ConnectLinkCreateArgs<ExtArgs>>): Prisma__ConnectLinkClient<$Result.GetResult<Prisma.$ConnectLinkPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many ConnectLinks.
     * @param {ConnectLinkCreateManyArgs} args - Arguments to create many ConnectLinks.
     * @example
     * // Create many ConnectLinks
     * const connectLink = await prisma.connectLink.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends ConnectLinkCreateManyArgs>(args?: SelectSubset<T, ConnectLinkCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many ConnectLinks and returns the data saved in the database.
     * @param {ConnectLinkCreateManyAndReturnArgs} args - Arguments to create many ConnectLinks.
     * @example
     * // Create many ConnectLinks
     * const connectLink = await prisma.connectLink.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many ConnectLinks and only return the `id`
     * const connectLinkWithIdOnly = await prisma.connectLink.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends ConnectLinkCreateManyAndReturnArgs>(args?: SelectSubset<T, ConnectLinkCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ConnectLinkPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a ConnectLink.
     * @param {ConnectLinkDeleteArgs} args - Arguments to delete one ConnectLink.
     * @example
     * // Delete one ConnectLink
     * const ConnectLink = await prisma.connectLink.delete({
     *   where: {
     *     // ... filter to delete one ConnectLink
     *   }
     * })
     * 
     */
    delete<T extends ConnectLinkDeleteArgs>(args: SelectSubset<T, ConnectLinkDeleteArgs<ExtArgs>>): Prisma__ConnectLinkClient<$Result.GetResult<Prisma.$ConnectLinkPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one ConnectLink.
     * @param {ConnectLinkUpdateArgs} args - Arguments to update one ConnectLink.
     * @example
     * // Update one ConnectLink
     * const connectLink = await prisma.connectLink.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends ConnectLinkUpdateArgs>(args: SelectSubset<T, ConnectLinkUpdateArgs<ExtArgs>>): Prisma__ConnectLinkClient<$Result.GetResult<Prisma.$ConnectLinkPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more ConnectLinks.
     * @param {ConnectLinkDeleteManyArgs} args - Arguments to filter ConnectLinks to delete.
     * @example
     * // Delete a few ConnectLinks
     * const { count } = await prisma.connectLink.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends ConnectLinkDeleteManyArgs>(args?: SelectSubset<T, ConnectLinkDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more ConnectLinks.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ConnectLinkUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many ConnectLinks
     * const connectLink = await prisma.connectLink.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends ConnectLinkUpdateManyArgs>(args: SelectSubset<T, ConnectLinkUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more ConnectLinks and returns the data updated in the database.
     * @param {ConnectLinkUpdateManyAndReturnArgs} args - Arguments to update many ConnectLinks.
     * @example
     * // Update many ConnectLinks
     * const connectLink = await prisma.connectLink.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more ConnectLinks and only return the `id`
     * const connectLinkWithIdOnly = await prisma.connectLink.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends ConnectLinkUpdateManyAndReturnArgs>(args: SelectSubset<T, ConnectLinkUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ConnectLinkPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one ConnectLink.
     * @param {ConnectLinkUpsertArgs} args - Arguments to update or create a ConnectLink.
     * @example
     * // Update or create a ConnectLink
     * const connectLink = await prisma.connectLink.upsert({
     *   create: {
     *     // ... data to create a ConnectLink
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the ConnectLink we want to update
     *   }
     * })
     */
    upsert<T extends ConnectLinkUpsertArgs>(args: SelectSubset<T, ConnectLinkUpsertArgs<ExtArgs>>): Prisma__ConnectLinkClient<$Result.GetResult<Prisma.$ConnectLinkPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of ConnectLinks.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ConnectLinkCountArgs} args - Arguments to filter ConnectLinks to count.
     * @example
     * // Count the number of ConnectLinks
     * const count = await prisma.connectLink.count({
     *   where: {
     *     // ... the filter for the ConnectLinks we want to count
     *   }
     * })
    **/
    count<T extends ConnectLinkCountArgs>(
      args?: Subset<T, ConnectLinkCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], ConnectLinkCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a ConnectLink.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ConnectLinkAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends ConnectLinkAggregateArgs>(args: Subset<T, ConnectLinkAggregateArgs>): Prisma.PrismaPromise<GetConnectLinkAggregateType<T>>

    /**
     * Group by ConnectLink.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ConnectLinkGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends ConnectLinkGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: ConnectLinkGroupByArgs['orderBy'] }
        : { orderBy?: ConnectLinkGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, ConnectLinkGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetConnectLinkGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the ConnectLink model
   */
  readonly fields: ConnectLinkFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for ConnectLink.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__ConnectLinkClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    connection<T extends ConnectLink$connectionArgs<ExtArgs> = {}>(args?: Subset<T, ConnectLink$connectionArgs<ExtArgs>>): Prisma__ConnectionClient<$Result.GetResult<Prisma.$ConnectionPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the ConnectLink model
   */
  interface ConnectLinkFieldRefs {
    readonly id: FieldRef<"ConnectLink", 'String'>
    readonly tokenHash: FieldRef<"ConnectLink", 'String'>
    readonly externalId: FieldRef<"ConnectLink", 'String'>
    readonly note: FieldRef<"ConnectLink", 'String'>
    readonly createdBy: FieldRef<"ConnectLink", 'String'>
    readonly createdAt: FieldRef<"ConnectLink", 'DateTime'>
    readonly expiresAt: FieldRef<"ConnectLink", 'DateTime'>
    readonly usedAt: FieldRef<"ConnectLink", 'DateTime'>
    readonly revokedAt: FieldRef<"ConnectLink", 'DateTime'>
    readonly connectionId: FieldRef<"ConnectLink", 'String'>
  }
    

  // Custom InputTypes
  /**
   * ConnectLink findUnique
   */
  export type ConnectLinkFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ConnectLink
     */
    select?: ConnectLinkSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ConnectLink
     */
    omit?: ConnectLinkOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectLinkInclude<ExtArgs> | null
    /**
     * Filter, which ConnectLink to fetch.
     */
    where: ConnectLinkWhereUniqueInput
  }

  /**
   * ConnectLink findUniqueOrThrow
   */
  export type ConnectLinkFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ConnectLink
     */
    select?: ConnectLinkSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ConnectLink
     */
    omit?: ConnectLinkOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectLinkInclude<ExtArgs> | null
    /**
     * Filter, which ConnectLink to fetch.
     */
    where: ConnectLinkWhereUniqueInput
  }

  /**
   * ConnectLink findFirst
   */
  export type ConnectLinkFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ConnectLink
     */
    select?: ConnectLinkSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ConnectLink
     */
    omit?: ConnectLinkOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectLinkInclude<ExtArgs> | null
    /**
     * Filter, which ConnectLink to fetch.
     */
    where?: ConnectLinkWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of ConnectLinks to fetch.
     */
    orderBy?: ConnectLinkOrderByWithRelationInput | ConnectLinkOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for ConnectLinks.
     */
    cursor?: ConnectLinkWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` ConnectLinks from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` ConnectLinks.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of ConnectLinks.
     */
    distinct?: ConnectLinkScalarFieldEnum | ConnectLinkScalarFieldEnum[]
  }

  /**
   * ConnectLink findFirstOrThrow
   */
  export type ConnectLinkFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ConnectLink
     */
    select?: ConnectLinkSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ConnectLink
     */
    omit?: ConnectLinkOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectLinkInclude<ExtArgs> | null
    /**
     * Filter, which ConnectLink to fetch.
     */
    where?: ConnectLinkWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of ConnectLinks to fetch.
     */
    orderBy?: ConnectLinkOrderByWithRelationInput | ConnectLinkOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for ConnectLinks.
     */
    cursor?: ConnectLinkWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` ConnectLinks from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` ConnectLinks.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of ConnectLinks.
     */
    distinct?: ConnectLinkScalarFieldEnum | ConnectLinkScalarFieldEnum[]
  }

  /**
   * ConnectLink findMany
   */
  export type ConnectLinkFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ConnectLink
     */
    select?: ConnectLinkSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ConnectLink
     */
    omit?: ConnectLinkOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectLinkInclude<ExtArgs> | null
    /**
     * Filter, which ConnectLinks to fetch.
     */
    where?: ConnectLinkWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of ConnectLinks to fetch.
     */
    orderBy?: ConnectLinkOrderByWithRelationInput | ConnectLinkOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing ConnectLinks.
     */
    cursor?: ConnectLinkWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` ConnectLinks from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` ConnectLinks.
     */
    skip?: number
    distinct?: ConnectLinkScalarFieldEnum | ConnectLinkScalarFieldEnum[]
  }

  /**
   * ConnectLink create
   */
  export type ConnectLinkCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ConnectLink
     */
    select?: ConnectLinkSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ConnectLink
     */
    omit?: ConnectLinkOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectLinkInclude<ExtArgs> | null
    /**
     * The data needed to create a ConnectLink.
     */
    data: XOR<ConnectLinkCreateInput, ConnectLinkUncheckedCreateInput>
  }

  /**
   * ConnectLink createMany
   */
  export type ConnectLinkCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many ConnectLinks.
     */
    data: ConnectLinkCreateManyInput | ConnectLinkCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * ConnectLink createManyAndReturn
   */
  export type ConnectLinkCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ConnectLink
     */
    select?: ConnectLinkSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the ConnectLink
     */
    omit?: ConnectLinkOmit<ExtArgs> | null
    /**
     * The data used to create many ConnectLinks.
     */
    data: ConnectLinkCreateManyInput | ConnectLinkCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectLinkIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * ConnectLink update
   */
  export type ConnectLinkUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ConnectLink
     */
    select?: ConnectLinkSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ConnectLink
     */
    omit?: ConnectLinkOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectLinkInclude<ExtArgs> | null
    /**
     * The data needed to update a ConnectLink.
     */
    data: XOR<ConnectLinkUpdateInput, ConnectLinkUncheckedUpdateInput>
    /**
     * Choose, which ConnectLink to update.
     */
    where: ConnectLinkWhereUniqueInput
  }

  /**
   * ConnectLink updateMany
   */
  export type ConnectLinkUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update ConnectLinks.
     */
    data: XOR<ConnectLinkUpdateManyMutationInput, ConnectLinkUncheckedUpdateManyInput>
    /**
     * Filter which ConnectLinks to update
     */
    where?: ConnectLinkWhereInput
    /**
     * Limit how many ConnectLinks to update.
     */
    limit?: number
  }

  /**
   * ConnectLink updateManyAndReturn
   */
  export type ConnectLinkUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ConnectLink
     */
    select?: ConnectLinkSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the ConnectLink
     */
    omit?: ConnectLinkOmit<ExtArgs> | null
    /**
     * The data used to update ConnectLinks.
     */
    data: XOR<ConnectLinkUpdateManyMutationInput, ConnectLinkUncheckedUpdateManyInput>
    /**
     * Filter which ConnectLinks to update
     */
    where?: ConnectLinkWhereInput
    /**
     * Limit how many ConnectLinks to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectLinkIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * ConnectLink upsert
   */
  export type ConnectLinkUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ConnectLink
     */
    select?: ConnectLinkSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ConnectLink
     */
    omit?: ConnectLinkOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectLinkInclude<ExtArgs> | null
    /**
     * The filter to search for the ConnectLink to update in case it exists.
     */
    where: ConnectLinkWhereUniqueInput
    /**
     * In case the ConnectLink found by the `where` argument doesn't exist, create a new ConnectLink with this data.
     */
    create: XOR<ConnectLinkCreateInput, ConnectLinkUncheckedCreateInput>
    /**
     * In case the ConnectLink was found with the provided `where` argument, update it with this data.
     */
    update: XOR<ConnectLinkUpdateInput, ConnectLinkUncheckedUpdateInput>
  }

  /**
   * ConnectLink delete
   */
  export type ConnectLinkDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ConnectLink
     */
    select?: ConnectLinkSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ConnectLink
     */
    omit?: ConnectLinkOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectLinkInclude<ExtArgs> | null
    /**
     * Filter which ConnectLink to delete.
     */
    where: ConnectLinkWhereUniqueInput
  }

  /**
   * ConnectLink deleteMany
   */
  export type ConnectLinkDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which ConnectLinks to delete
     */
    where?: ConnectLinkWhereInput
    /**
     * Limit how many ConnectLinks to delete.
     */
    limit?: number
  }

  /**
   * ConnectLink.connection
   */
  export type ConnectLink$connectionArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Connection
     */
    select?: ConnectionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Connection
     */
    omit?: ConnectionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectionInclude<ExtArgs> | null
    where?: ConnectionWhereInput
  }

  /**
   * ConnectLink without action
   */
  export type ConnectLinkDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ConnectLink
     */
    select?: ConnectLinkSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ConnectLink
     */
    omit?: ConnectLinkOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectLinkInclude<ExtArgs> | null
  }


  /**
   * Model StaffUser
   */

  export type AggregateStaffUser = {
    _count: StaffUserCountAggregateOutputType | null
    _min: StaffUserMinAggregateOutputType | null
    _max: StaffUserMaxAggregateOutputType | null
  }

  export type StaffUserMinAggregateOutputType = {
    id: string | null
    email: string | null
    name: string | null
    passwordHash: string | null
    role: string | null
    createdAt: Date | null
    updatedAt: Date | null
    lastSignInAt: Date | null
    disabledAt: Date | null
  }

  export type StaffUserMaxAggregateOutputType = {
    id: string | null
    email: string | null
    name: string | null
    passwordHash: string | null
    role: string | null
    createdAt: Date | null
    updatedAt: Date | null
    lastSignInAt: Date | null
    disabledAt: Date | null
  }

  export type StaffUserCountAggregateOutputType = {
    id: number
    email: number
    name: number
    passwordHash: number
    role: number
    createdAt: number
    updatedAt: number
    lastSignInAt: number
    disabledAt: number
    _all: number
  }


  export type StaffUserMinAggregateInputType = {
    id?: true
    email?: true
    name?: true
    passwordHash?: true
    role?: true
    createdAt?: true
    updatedAt?: true
    lastSignInAt?: true
    disabledAt?: true
  }

  export type StaffUserMaxAggregateInputType = {
    id?: true
    email?: true
    name?: true
    passwordHash?: true
    role?: true
    createdAt?: true
    updatedAt?: true
    lastSignInAt?: true
    disabledAt?: true
  }

  export type StaffUserCountAggregateInputType = {
    id?: true
    email?: true
    name?: true
    passwordHash?: true
    role?: true
    createdAt?: true
    updatedAt?: true
    lastSignInAt?: true
    disabledAt?: true
    _all?: true
  }

  export type StaffUserAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which StaffUser to aggregate.
     */
    where?: StaffUserWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of StaffUsers to fetch.
     */
    orderBy?: StaffUserOrderByWithRelationInput | StaffUserOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: StaffUserWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` StaffUsers from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` StaffUsers.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned StaffUsers
    **/
    _count?: true | StaffUserCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: StaffUserMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: StaffUserMaxAggregateInputType
  }

  export type GetStaffUserAggregateType<T extends StaffUserAggregateArgs> = {
        [P in keyof T & keyof AggregateStaffUser]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateStaffUser[P]>
      : GetScalarType<T[P], AggregateStaffUser[P]>
  }




  export type StaffUserGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: StaffUserWhereInput
    orderBy?: StaffUserOrderByWithAggregationInput | StaffUserOrderByWithAggregationInput[]
    by: StaffUserScalarFieldEnum[] | StaffUserScalarFieldEnum
    having?: StaffUserScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: StaffUserCountAggregateInputType | true
    _min?: StaffUserMinAggregateInputType
    _max?: StaffUserMaxAggregateInputType
  }

  export type StaffUserGroupByOutputType = {
    id: string
    email: string
    name: string | null
    passwordHash: string | null
    role: string
    createdAt: Date
    updatedAt: Date
    lastSignInAt: Date | null
    disabledAt: Date | null
    _count: StaffUserCountAggregateOutputType | null
    _min: StaffUserMinAggregateOutputType | null
    _max: StaffUserMaxAggregateOutputType | null
  }

  type GetStaffUserGroupByPayload<T extends StaffUserGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<StaffUserGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof StaffUserGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], StaffUserGroupByOutputType[P]>
            : GetScalarType<T[P], StaffUserGroupByOutputType[P]>
        }
      >
    >


  export type StaffUserSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    email?: boolean
    name?: boolean
    passwordHash?: boolean
    role?: boolean
    createdAt?: boolean
    updatedAt?: boolean
    lastSignInAt?: boolean
    disabledAt?: boolean
  }, ExtArgs["result"]["staffUser"]>

  export type StaffUserSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    email?: boolean
    name?: boolean
    passwordHash?: boolean
    role?: boolean
    createdAt?: boolean
    updatedAt?: boolean
    lastSignInAt?: boolean
    disabledAt?: boolean
  }, ExtArgs["result"]["staffUser"]>

  export type StaffUserSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    email?: boolean
    name?: boolean
    passwordHash?: boolean
    role?: boolean
    createdAt?: boolean
    updatedAt?: boolean
    lastSignInAt?: boolean
    disabledAt?: boolean
  }, ExtArgs["result"]["staffUser"]>

  export type StaffUserSelectScalar = {
    id?: boolean
    email?: boolean
    name?: boolean
    passwordHash?: boolean
    role?: boolean
    createdAt?: boolean
    updatedAt?: boolean
    lastSignInAt?: boolean
    disabledAt?: boolean
  }

  export type StaffUserOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "email" | "name" | "passwordHash" | "role" | "createdAt" | "updatedAt" | "lastSignInAt" | "disabledAt", ExtArgs["result"]["staffUser"]>

  export type $StaffUserPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "StaffUser"
    objects: {}
    scalars: $Extensions.GetPayloadResult<{
      id: string
      email: string
      name: string | null
      passwordHash: string | null
      /**
       * admin | viewer
       */
      role: string
      createdAt: Date
      updatedAt: Date
      lastSignInAt: Date | null
      disabledAt: Date | null
    }, ExtArgs["result"]["staffUser"]>
    composites: {}
  }

  type StaffUserGetPayload<S extends boolean | null | undefined | StaffUserDefaultArgs> = $Result.GetResult<Prisma.$StaffUserPayload, S>

  type StaffUserCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<StaffUserFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: StaffUserCountAggregateInputType | true
    }

  export interface StaffUserDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['StaffUser'], meta: { name: 'StaffUser' } }
    /**
     * Find zero or one StaffUser that matches the filter.
     * @param {StaffUserFindUniqueArgs} args - Arguments to find a StaffUser
     * @example
     * // Get one StaffUser
     * const staffUser = await prisma.staffUser.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends StaffUserFindUniqueArgs>(args: SelectSubset<T, StaffUserFindUniqueArgs<ExtArgs>>): Prisma__StaffUserClient<$Result.GetResult<Prisma.$StaffUserPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one StaffUser that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {StaffUserFindUniqueOrThrowArgs} args - Arguments to find a StaffUser
     * @example
     * // Get one StaffUser
     * const staffUser = await prisma.staffUser.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends StaffUserFindUniqueOrThrowArgs>(args: SelectSubset<T, StaffUserFindUniqueOrThrowArgs<ExtArgs>>): Prisma__StaffUserClient<$Result.GetResult<Prisma.$StaffUserPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first StaffUser that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StaffUserFindFirstArgs} args - Arguments to find a StaffUser
     * @example
     * // Get one StaffUser
     * const staffUser = await prisma.staffUser.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends StaffUserFindFirstArgs>(args?: SelectSubset<T, StaffUserFindFirstArgs<ExtArgs>>): Prisma__StaffUserClient<$Result.GetResult<Prisma.$StaffUserPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first StaffUser that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StaffUserFindFirstOrThrowArgs} args - Arguments to find a StaffUser
     * @example
     * // Get one StaffUser
     * const staffUser = await prisma.staffUser.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends StaffUserFindFirstOrThrowArgs>(args?: SelectSubset<T, StaffUserFindFirstOrThrowArgs<ExtArgs>>): Prisma__StaffUserClient<$Result.GetResult<Prisma.$StaffUserPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more StaffUsers that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StaffUserFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all StaffUsers
     * const staffUsers = await prisma.staffUser.findMany()
     * 
     * // Get first 10 StaffUsers
     * const staffUsers = await prisma.staffUser.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const staffUserWithIdOnly = await prisma.staffUser.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends StaffUserFindManyArgs>(args?: SelectSubset<T, StaffUserFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$StaffUserPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a StaffUser.
     * @param {StaffUserCreateArgs} args - Arguments to create a StaffUser.
     * @example
     * // Create one StaffUser
     * const StaffUser = await prisma.staffUser.create({
     *   data: {
     *     // ... data to create a StaffUser
     *   }
     * })
     * 
     */
    create<T extends StaffUserCreateArgs>(args: SelectSubset<T, StaffUserCreateArgs<ExtArgs>>): Prisma__StaffUserClient<$Result.GetResult<Prisma.$StaffUserPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many StaffUsers.
     * @param {StaffUserCreateManyArgs} args - Arguments to create many StaffUsers.
     * @example
     * // Create many StaffUsers
     * const staffUser = await prisma.staffUser.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends StaffUserCreateManyArgs>(args?: SelectSubset<T, StaffUserCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many StaffUsers and returns the data saved in the database.
     * @param {StaffUserCreateManyAndReturnArgs} args - Arguments to create many StaffUsers.
     * @example
     * // Create many StaffUsers
     * const staffUser = await prisma.staffUser.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many StaffUsers and only return the `id`
     * const staffUserWithIdOnly = await prisma.staffUser.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends StaffUserCreateManyAndReturnArgs>(args?: SelectSubset<T, StaffUserCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$StaffUserPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a StaffUser.
     * @param {StaffUserDeleteArgs} args - Arguments to delete one StaffUser.
     * @example
     * // Delete one StaffUser
     * const StaffUser = await prisma.staffUser.delete({
     *   where: {
     *     // ... filter to delete one StaffUser
     *   }
     * })
     * 
     */
    delete<T extends StaffUserDeleteArgs>(args: SelectSubset<T, StaffUserDeleteArgs<ExtArgs>>): Prisma__StaffUserClient<$Result.GetResult<Prisma.$StaffUserPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one StaffUser.
     * @param {StaffUserUpdateArgs} args - Arguments to update one StaffUser.
     * @example
     * // Update one StaffUser
     * const staffUser = await prisma.staffUser.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends StaffUserUpdateArgs>(args: SelectSubset<T, StaffUserUpdateArgs<ExtArgs>>): Prisma__StaffUserClient<$Result.GetResult<Prisma.$StaffUserPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more StaffUsers.
     * @param {StaffUserDeleteManyArgs} args - Arguments to filter StaffUsers to delete.
     * @example
     * // Delete a few StaffUsers
     * const { count } = await prisma.staffUser.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends StaffUserDeleteManyArgs>(args?: SelectSubset<T, StaffUserDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more StaffUsers.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StaffUserUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many StaffUsers
     * const staffUser = await prisma.staffUser.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends StaffUserUpdateManyArgs>(args: SelectSubset<T, StaffUserUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more StaffUsers and returns the data updated in the database.
     * @param {StaffUserUpdateManyAndReturnArgs} args - Arguments to update many StaffUsers.
     * @example
     * // Update many StaffUsers
     * const staffUser = await prisma.staffUser.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more StaffUsers and only return the `id`
     * const staffUserWithIdOnly = await prisma.staffUser.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends StaffUserUpdateManyAndReturnArgs>(args: SelectSubset<T, StaffUserUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$StaffUserPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one StaffUser.
     * @param {StaffUserUpsertArgs} args - Arguments to update or create a StaffUser.
     * @example
     * // Update or create a StaffUser
     * const staffUser = await prisma.staffUser.upsert({
     *   create: {
     *     // ... data to create a StaffUser
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the StaffUser we want to update
     *   }
     * })
     */
    upsert<T extends StaffUserUpsertArgs>(args: SelectSubset<T, StaffUserUpsertArgs<ExtArgs>>): Prisma__StaffUserClient<$Result.GetResult<Prisma.$StaffUserPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of StaffUsers.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StaffUserCountArgs} args - Arguments to filter StaffUsers to count.
     * @example
     * // Count the number of StaffUsers
     * const count = await prisma.staffUser.count({
     *   where: {
     *     // ... the filter for the StaffUsers we want to count
     *   }
     * })
    **/
    count<T extends StaffUserCountArgs>(
      args?: Subset<T, StaffUserCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], StaffUserCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a StaffUser.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StaffUserAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends StaffUserAggregateArgs>(args: Subset<T, StaffUserAggregateArgs>): Prisma.PrismaPromise<GetStaffUserAggregateType<T>>

    /**
     * Group by StaffUser.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StaffUserGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends StaffUserGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: StaffUserGroupByArgs['orderBy'] }
        : { orderBy?: StaffUserGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, StaffUserGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetStaffUserGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the StaffUser model
   */
  readonly fields: StaffUserFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for StaffUser.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__StaffUserClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the StaffUser model
   */
  interface StaffUserFieldRefs {
    readonly id: FieldRef<"StaffUser", 'String'>
    readonly email: FieldRef<"StaffUser", 'String'>
    readonly name: FieldRef<"StaffUser", 'String'>
    readonly passwordHash: FieldRef<"StaffUser", 'String'>
    readonly role: FieldRef<"StaffUser", 'String'>
    readonly createdAt: FieldRef<"StaffUser", 'DateTime'>
    readonly updatedAt: FieldRef<"StaffUser", 'DateTime'>
    readonly lastSignInAt: FieldRef<"StaffUser", 'DateTime'>
    readonly disabledAt: FieldRef<"StaffUser", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * StaffUser findUnique
   */
  export type StaffUserFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StaffUser
     */
    select?: StaffUserSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StaffUser
     */
    omit?: StaffUserOmit<ExtArgs> | null
    /**
     * Filter, which StaffUser to fetch.
     */
    where: StaffUserWhereUniqueInput
  }

  /**
   * StaffUser findUniqueOrThrow
   */
  export type StaffUserFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StaffUser
     */
    select?: StaffUserSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StaffUser
     */
    omit?: StaffUserOmit<ExtArgs> | null
    /**
     * Filter, which StaffUser to fetch.
     */
    where: StaffUserWhereUniqueInput
  }

  /**
   * StaffUser findFirst
   */
  export type StaffUserFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StaffUser
     */
    select?: StaffUserSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StaffUser
     */
    omit?: StaffUserOmit<ExtArgs> | null
    /**
     * Filter, which StaffUser to fetch.
     */
    where?: StaffUserWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of StaffUsers to fetch.
     */
    orderBy?: StaffUserOrderByWithRelationInput | StaffUserOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for StaffUsers.
     */
    cursor?: StaffUserWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` StaffUsers from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` StaffUsers.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of StaffUsers.
     */
    distinct?: StaffUserScalarFieldEnum | StaffUserScalarFieldEnum[]
  }

  /**
   * StaffUser findFirstOrThrow
   */
  export type StaffUserFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StaffUser
     */
    select?: StaffUserSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StaffUser
     */
    omit?: StaffUserOmit<ExtArgs> | null
    /**
     * Filter, which StaffUser to fetch.
     */
    where?: StaffUserWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of StaffUsers to fetch.
     */
    orderBy?: StaffUserOrderByWithRelationInput | StaffUserOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for StaffUsers.
     */
    cursor?: StaffUserWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` StaffUsers from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` StaffUsers.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of StaffUsers.
     */
    distinct?: StaffUserScalarFieldEnum | StaffUserScalarFieldEnum[]
  }

  /**
   * StaffUser findMany
   */
  export type StaffUserFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StaffUser
     */
    select?: StaffUserSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StaffUser
     */
    omit?: StaffUserOmit<ExtArgs> | null
    /**
     * Filter, which StaffUsers to fetch.
     */
    where?: StaffUserWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of StaffUsers to fetch.
     */
    orderBy?: StaffUserOrderByWithRelationInput | StaffUserOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing StaffUsers.
     */
    cursor?: StaffUserWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` StaffUsers from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` StaffUsers.
     */
    skip?: number
    distinct?: StaffUserScalarFieldEnum | StaffUserScalarFieldEnum[]
  }

  /**
   * StaffUser create
   */
  export type StaffUserCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StaffUser
     */
    select?: StaffUserSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StaffUser
     */
    omit?: StaffUserOmit<ExtArgs> | null
    /**
     * The data needed to create a StaffUser.
     */
    data: XOR<StaffUserCreateInput, StaffUserUncheckedCreateInput>
  }

  /**
   * StaffUser createMany
   */
  export type StaffUserCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many StaffUsers.
     */
    data: StaffUserCreateManyInput | StaffUserCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * StaffUser createManyAndReturn
   */
  export type StaffUserCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StaffUser
     */
    select?: StaffUserSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the StaffUser
     */
    omit?: StaffUserOmit<ExtArgs> | null
    /**
     * The data used to create many StaffUsers.
     */
    data: StaffUserCreateManyInput | StaffUserCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * StaffUser update
   */
  export type StaffUserUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StaffUser
     */
    select?: StaffUserSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StaffUser
     */
    omit?: StaffUserOmit<ExtArgs> | null
    /**
     * The data needed to update a StaffUser.
     */
    data: XOR<StaffUserUpdateInput, StaffUserUncheckedUpdateInput>
    /**
     * Choose, which StaffUser to update.
     */
    where: StaffUserWhereUniqueInput
  }

  /**
   * StaffUser updateMany
   */
  export type StaffUserUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update StaffUsers.
     */
    data: XOR<StaffUserUpdateManyMutationInput, StaffUserUncheckedUpdateManyInput>
    /**
     * Filter which StaffUsers to update
     */
    where?: StaffUserWhereInput
    /**
     * Limit how many StaffUsers to update.
     */
    limit?: number
  }

  /**
   * StaffUser updateManyAndReturn
   */
  export type StaffUserUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StaffUser
     */
    select?: StaffUserSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the StaffUser
     */
    omit?: StaffUserOmit<ExtArgs> | null
    /**
     * The data used to update StaffUsers.
     */
    data: XOR<StaffUserUpdateManyMutationInput, StaffUserUncheckedUpdateManyInput>
    /**
     * Filter which StaffUsers to update
     */
    where?: StaffUserWhereInput
    /**
     * Limit how many StaffUsers to update.
     */
    limit?: number
  }

  /**
   * StaffUser upsert
   */
  export type StaffUserUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StaffUser
     */
    select?: StaffUserSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StaffUser
     */
    omit?: StaffUserOmit<ExtArgs> | null
    /**
     * The filter to search for the StaffUser to update in case it exists.
     */
    where: StaffUserWhereUniqueInput
    /**
     * In case the StaffUser found by the `where` argument doesn't exist, create a new StaffUser with this data.
     */
    create: XOR<StaffUserCreateInput, StaffUserUncheckedCreateInput>
    /**
     * In case the StaffUser was found with the provided `where` argument, update it with this data.
     */
    update: XOR<StaffUserUpdateInput, StaffUserUncheckedUpdateInput>
  }

  /**
   * StaffUser delete
   */
  export type StaffUserDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StaffUser
     */
    select?: StaffUserSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StaffUser
     */
    omit?: StaffUserOmit<ExtArgs> | null
    /**
     * Filter which StaffUser to delete.
     */
    where: StaffUserWhereUniqueInput
  }

  /**
   * StaffUser deleteMany
   */
  export type StaffUserDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which StaffUsers to delete
     */
    where?: StaffUserWhereInput
    /**
     * Limit how many StaffUsers to delete.
     */
    limit?: number
  }

  /**
   * StaffUser without action
   */
  export type StaffUserDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StaffUser
     */
    select?: StaffUserSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StaffUser
     */
    omit?: StaffUserOmit<ExtArgs> | null
  }


  /**
   * Model ApiKey
   */

  export type AggregateApiKey = {
    _count: ApiKeyCountAggregateOutputType | null
    _min: ApiKeyMinAggregateOutputType | null
    _max: ApiKeyMaxAggregateOutputType | null
  }

  export type ApiKeyMinAggregateOutputType = {
    id: string | null
    name: string | null
    prefix: string | null
    keyHash: string | null
    createdBy: string | null
    createdAt: Date | null
    lastUsedAt: Date | null
    revokedAt: Date | null
  }

  export type ApiKeyMaxAggregateOutputType = {
    id: string | null
    name: string | null
    prefix: string | null
    keyHash: string | null
    createdBy: string | null
    createdAt: Date | null
    lastUsedAt: Date | null
    revokedAt: Date | null
  }

  export type ApiKeyCountAggregateOutputType = {
    id: number
    name: number
    prefix: number
    keyHash: number
    createdBy: number
    createdAt: number
    lastUsedAt: number
    revokedAt: number
    _all: number
  }


  export type ApiKeyMinAggregateInputType = {
    id?: true
    name?: true
    prefix?: true
    keyHash?: true
    createdBy?: true
    createdAt?: true
    lastUsedAt?: true
    revokedAt?: true
  }

  export type ApiKeyMaxAggregateInputType = {
    id?: true
    name?: true
    prefix?: true
    keyHash?: true
    createdBy?: true
    createdAt?: true
    lastUsedAt?: true
    revokedAt?: true
  }

  export type ApiKeyCountAggregateInputType = {
    id?: true
    name?: true
    prefix?: true
    keyHash?: true
    createdBy?: true
    createdAt?: true
    lastUsedAt?: true
    revokedAt?: true
    _all?: true
  }

  export type ApiKeyAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which ApiKey to aggregate.
     */
    where?: ApiKeyWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of ApiKeys to fetch.
     */
    orderBy?: ApiKeyOrderByWithRelationInput | ApiKeyOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: ApiKeyWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` ApiKeys from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` ApiKeys.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned ApiKeys
    **/
    _count?: true | ApiKeyCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: ApiKeyMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: ApiKeyMaxAggregateInputType
  }

  export type GetApiKeyAggregateType<T extends ApiKeyAggregateArgs> = {
        [P in keyof T & keyof AggregateApiKey]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateApiKey[P]>
      : GetScalarType<T[P], AggregateApiKey[P]>
  }




  export type ApiKeyGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: ApiKeyWhereInput
    orderBy?: ApiKeyOrderByWithAggregationInput | ApiKeyOrderByWithAggregationInput[]
    by: ApiKeyScalarFieldEnum[] | ApiKeyScalarFieldEnum
    having?: ApiKeyScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: ApiKeyCountAggregateInputType | true
    _min?: ApiKeyMinAggregateInputType
    _max?: ApiKeyMaxAggregateInputType
  }

  export type ApiKeyGroupByOutputType = {
    id: string
    name: string
    prefix: string
    keyHash: string
    createdBy: string | null
    createdAt: Date
    lastUsedAt: Date | null
    revokedAt: Date | null
    _count: ApiKeyCountAggregateOutputType | null
    _min: ApiKeyMinAggregateOutputType | null
    _max: ApiKeyMaxAggregateOutputType | null
  }

  type GetApiKeyGroupByPayload<T extends ApiKeyGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<ApiKeyGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof ApiKeyGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], ApiKeyGroupByOutputType[P]>
            : GetScalarType<T[P], ApiKeyGroupByOutputType[P]>
        }
      >
    >


  export type ApiKeySelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    name?: boolean
    prefix?: boolean
    keyHash?: boolean
    createdBy?: boolean
    createdAt?: boolean
    lastUsedAt?: boolean
    revokedAt?: boolean
  }, ExtArgs["result"]["apiKey"]>

  export type ApiKeySelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    name?: boolean
    prefix?: boolean
    keyHash?: boolean
    createdBy?: boolean
    createdAt?: boolean
    lastUsedAt?: boolean
    revokedAt?: boolean
  }, ExtArgs["result"]["apiKey"]>

  export type ApiKeySelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    name?: boolean
    prefix?: boolean
    keyHash?: boolean
    createdBy?: boolean
    createdAt?: boolean
    lastUsedAt?: boolean
    revokedAt?: boolean
  }, ExtArgs["result"]["apiKey"]>

  export type ApiKeySelectScalar = {
    id?: boolean
    name?: boolean
    prefix?: boolean
    keyHash?: boolean
    createdBy?: boolean
    createdAt?: boolean
    lastUsedAt?: boolean
    revokedAt?: boolean
  }

  export type ApiKeyOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "name" | "prefix" | "keyHash" | "createdBy" | "createdAt" | "lastUsedAt" | "revokedAt", ExtArgs["result"]["apiKey"]>

  export type $ApiKeyPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "ApiKey"
    objects: {}
    scalars: $Extensions.GetPayloadResult<{
      id: string
      name: string
      prefix: string
      keyHash: string
      createdBy: string | null
      createdAt: Date
      lastUsedAt: Date | null
      revokedAt: Date | null
    }, ExtArgs["result"]["apiKey"]>
    composites: {}
  }

  type ApiKeyGetPayload<S extends boolean | null | undefined | ApiKeyDefaultArgs> = $Result.GetResult<Prisma.$ApiKeyPayload, S>

  type ApiKeyCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<ApiKeyFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: ApiKeyCountAggregateInputType | true
    }

  export interface ApiKeyDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['ApiKey'], meta: { name: 'ApiKey' } }
    /**
     * Find zero or one ApiKey that matches the filter.
     * @param {ApiKeyFindUniqueArgs} args - Arguments to find a ApiKey
     * @example
     * // Get one ApiKey
     * const apiKey = await prisma.apiKey.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends ApiKeyFindUniqueArgs>(args: SelectSubset<T, ApiKeyFindUniqueArgs<ExtArgs>>): Prisma__ApiKeyClient<$Result.GetResult<Prisma.$ApiKeyPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one ApiKey that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {ApiKeyFindUniqueOrThrowArgs} args - Arguments to find a ApiKey
     * @example
     * // Get one ApiKey
     * const apiKey = await prisma.apiKey.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends ApiKeyFindUniqueOrThrowArgs>(args: SelectSubset<T, ApiKeyFindUniqueOrThrowArgs<ExtArgs>>): Prisma__ApiKeyClient<$Result.GetResult<Prisma.$ApiKeyPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first ApiKey that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ApiKeyFindFirstArgs} args - Arguments to find a ApiKey
     * @example
     * // Get one ApiKey
     * const apiKey = await prisma.apiKey.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends ApiKeyFindFirstArgs>(args?: SelectSubset<T, ApiKeyFindFirstArgs<ExtArgs>>): Prisma__ApiKeyClient<$Result.GetResult<Prisma.$ApiKeyPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first ApiKey that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ApiKeyFindFirstOrThrowArgs} args - Arguments to find a ApiKey
     * @example
     * // Get one ApiKey
     * const apiKey = await prisma.apiKey.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends ApiKeyFindFirstOrThrowArgs>(args?: SelectSubset<T, ApiKeyFindFirstOrThrowArgs<ExtArgs>>): Prisma__ApiKeyClient<$Result.GetResult<Prisma.$ApiKeyPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more ApiKeys that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ApiKeyFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all ApiKeys
     * const apiKeys = await prisma.apiKey.findMany()
     * 
     * // Get first 10 ApiKeys
     * const apiKeys = await prisma.apiKey.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const apiKeyWithIdOnly = await prisma.apiKey.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends ApiKeyFindManyArgs>(args?: SelectSubset<T, ApiKeyFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ApiKeyPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a ApiKey.
     * @param {ApiKeyCreateArgs} args - Arguments to create a ApiKey.
     * @example
     * // Create one ApiKey
     * const ApiKey = await prisma.apiKey.create({
     *   data: {
     *     // ... data to create a ApiKey
     *   }
     * })
     * 
     */
    create<T extends ApiKeyCreateArgs>(args: SelectSubset<T, ApiKeyCreateArgs<ExtArgs>>): Prisma__ApiKeyClient<$Result.GetResult<Prisma.$ApiKeyPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many ApiKeys.
     * @param {ApiKeyCreateManyArgs} args - Arguments to create many ApiKeys.
     * @example
     * // Create many ApiKeys
     * const apiKey = await prisma.apiKey.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends ApiKeyCreateManyArgs>(args?: SelectSubset<T, ApiKeyCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many ApiKeys and returns the data saved in the database.
     * @param {ApiKeyCreateManyAndReturnArgs} args - Arguments to create many ApiKeys.
     * @example
     * // Create many ApiKeys
     * const apiKey = await prisma.apiKey.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many ApiKeys and only return the `id`
     * const apiKeyWithIdOnly = await prisma.apiKey.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends ApiKeyCreateManyAndReturnArgs>(args?: SelectSubset<T, ApiKeyCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ApiKeyPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a ApiKey.
     * @param {ApiKeyDeleteArgs} args - Arguments to delete one ApiKey.
     * @example
     * // Delete one ApiKey
     * const ApiKey = await prisma.apiKey.delete({
     *   where: {
     *     // ... filter to delete one ApiKey
     *   }
     * })
     * 
     */
    delete<T extends ApiKeyDeleteArgs>(args: SelectSubset<T, ApiKeyDeleteArgs<ExtArgs>>): Prisma__ApiKeyClient<$Result.GetResult<Prisma.$ApiKeyPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one ApiKey.
     * @param {ApiKeyUpdateArgs} args - Arguments to update one ApiKey.
     * @example
     * // Update one ApiKey
     * const apiKey = await prisma.apiKey.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends ApiKeyUpdateArgs>(args: SelectSubset<T, ApiKeyUpdateArgs<ExtArgs>>): Prisma__ApiKeyClient<$Result.GetResult<Prisma.$ApiKeyPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more ApiKeys.
     * @param {ApiKeyDeleteManyArgs} args - Arguments to filter ApiKeys to delete.
     * @example
     * // Delete a few ApiKeys
     * const { count } = await prisma.apiKey.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends ApiKeyDeleteManyArgs>(args?: SelectSubset<T, ApiKeyDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more ApiKeys.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ApiKeyUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many ApiKeys
     * const apiKey = await prisma.apiKey.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends ApiKeyUpdateManyArgs>(args: SelectSubset<T, ApiKeyUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more ApiKeys and returns the data updated in the database.
     * @param {ApiKeyUpdateManyAndReturnArgs} args - Arguments to update many ApiKeys.
     * @example
     * // Update many ApiKeys
     * const apiKey = await prisma.apiKey.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more ApiKeys and only return the `id`
     * const apiKeyWithIdOnly = await prisma.apiKey.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends ApiKeyUpdateManyAndReturnArgs>(args: SelectSubset<T, ApiKeyUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ApiKeyPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one ApiKey.
     * @param {ApiKeyUpsertArgs} args - Arguments to update or create a ApiKey.
     * @example
     * // Update or create a ApiKey
     * const apiKey = await prisma.apiKey.upsert({
     *   create: {
     *     // ... data to create a ApiKey
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the ApiKey we want to update
     *   }
     * })
     */
    upsert<T extends ApiKeyUpsertArgs>(args: SelectSubset<T, ApiKeyUpsertArgs<ExtArgs>>): Prisma__ApiKeyClient<$Result.GetResult<Prisma.$ApiKeyPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of ApiKeys.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ApiKeyCountArgs} args - Arguments to filter ApiKeys to count.
     * @example
     * // Count the number of ApiKeys
     * const count = await prisma.apiKey.count({
     *   where: {
     *     // ... the filter for the ApiKeys we want to count
     *   }
     * })
    **/
    count<T extends ApiKeyCountArgs>(
      args?: Subset<T, ApiKeyCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], ApiKeyCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a ApiKey.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ApiKeyAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends ApiKeyAggregateArgs>(args: Subset<T, ApiKeyAggregateArgs>): Prisma.PrismaPromise<GetApiKeyAggregateType<T>>

    /**
     * Group by ApiKey.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ApiKeyGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends ApiKeyGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: ApiKeyGroupByArgs['orderBy'] }
        : { orderBy?: ApiKeyGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, ApiKeyGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetApiKeyGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the ApiKey model
   */
  readonly fields: ApiKeyFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for ApiKey.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__ApiKeyClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the ApiKey model
   */
  interface ApiKeyFieldRefs {
    readonly id: FieldRef<"ApiKey", 'String'>
    readonly name: FieldRef<"ApiKey", 'String'>
    readonly prefix: FieldRef<"ApiKey", 'String'>
    readonly keyHash: FieldRef<"ApiKey", 'String'>
    readonly createdBy: FieldRef<"ApiKey", 'String'>
    readonly createdAt: FieldRef<"ApiKey", 'DateTime'>
    readonly lastUsedAt: FieldRef<"ApiKey", 'DateTime'>
    readonly revokedAt: FieldRef<"ApiKey", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * ApiKey findUnique
   */
  export type ApiKeyFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ApiKey
     */
    select?: ApiKeySelect<ExtArgs> | null
    /**
     * Omit specific fields from the ApiKey
     */
    omit?: ApiKeyOmit<ExtArgs> | null
    /**
     * Filter, which ApiKey to fetch.
     */
    where: ApiKeyWhereUniqueInput
  }

  /**
   * ApiKey findUniqueOrThrow
   */
  export type ApiKeyFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ApiKey
     */
    select?: ApiKeySelect<ExtArgs> | null
    /**
     * Omit specific fields from the ApiKey
     */
    omit?: ApiKeyOmit<ExtArgs> | null
    /**
     * Filter, which ApiKey to fetch.
     */
    where: ApiKeyWhereUniqueInput
  }

  /**
   * ApiKey findFirst
   */
  export type ApiKeyFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ApiKey
     */
    select?: ApiKeySelect<ExtArgs> | null
    /**
     * Omit specific fields from the ApiKey
     */
    omit?: ApiKeyOmit<ExtArgs> | null
    /**
     * Filter, which ApiKey to fetch.
     */
    where?: ApiKeyWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of ApiKeys to fetch.
     */
    orderBy?: ApiKeyOrderByWithRelationInput | ApiKeyOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for ApiKeys.
     */
    cursor?: ApiKeyWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` ApiKeys from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` ApiKeys.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of ApiKeys.
     */
    distinct?: ApiKeyScalarFieldEnum | ApiKeyScalarFieldEnum[]
  }

  /**
   * ApiKey findFirstOrThrow
   */
  export type ApiKeyFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ApiKey
     */
    select?: ApiKeySelect<ExtArgs> | null
    /**
     * Omit specific fields from the ApiKey
     */
    omit?: ApiKeyOmit<ExtArgs> | null
    /**
     * Filter, which ApiKey to fetch.
     */
    where?: ApiKeyWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of ApiKeys to fetch.
     */
    orderBy?: ApiKeyOrderByWithRelationInput | ApiKeyOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for ApiKeys.
     */
    cursor?: ApiKeyWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` ApiKeys from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` ApiKeys.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of ApiKeys.
     */
    distinct?: ApiKeyScalarFieldEnum | ApiKeyScalarFieldEnum[]
  }

  /**
   * ApiKey findMany
   */
  export type ApiKeyFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ApiKey
     */
    select?: ApiKeySelect<ExtArgs> | null
    /**
     * Omit specific fields from the ApiKey
     */
    omit?: ApiKeyOmit<ExtArgs> | null
    /**
     * Filter, which ApiKeys to fetch.
     */
    where?: ApiKeyWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of ApiKeys to fetch.
     */
    orderBy?: ApiKeyOrderByWithRelationInput | ApiKeyOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing ApiKeys.
     */
    cursor?: ApiKeyWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` ApiKeys from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` ApiKeys.
     */
    skip?: number
    distinct?: ApiKeyScalarFieldEnum | ApiKeyScalarFieldEnum[]
  }

  /**
   * ApiKey create
   */
  export type ApiKeyCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ApiKey
     */
    select?: ApiKeySelect<ExtArgs> | null
    /**
     * Omit specific fields from the ApiKey
     */
    omit?: ApiKeyOmit<ExtArgs> | null
    /**
     * The data needed to create a ApiKey.
     */
    data: XOR<ApiKeyCreateInput, ApiKeyUncheckedCreateInput>
  }

  /**
   * ApiKey createMany
   */
  export type ApiKeyCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many ApiKeys.
     */
    data: ApiKeyCreateManyInput | ApiKeyCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * ApiKey createManyAndReturn
   */
  export type ApiKeyCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ApiKey
     */
    select?: ApiKeySelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the ApiKey
     */
    omit?: ApiKeyOmit<ExtArgs> | null
    /**
     * The data used to create many ApiKeys.
     */
    data: ApiKeyCreateManyInput | ApiKeyCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * ApiKey update
   */
  export type ApiKeyUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ApiKey
     */
    select?: ApiKeySelect<ExtArgs> | null
    /**
     * Omit specific fields from the ApiKey
     */
    omit?: ApiKeyOmit<ExtArgs> | null
    /**
     * The data needed to update a ApiKey.
     */
    data: XOR<ApiKeyUpdateInput, ApiKeyUncheckedUpdateInput>
    /**
     * Choose, which ApiKey to update.
     */
    where: ApiKeyWhereUniqueInput
  }

  /**
   * ApiKey updateMany
   */
  export type ApiKeyUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update ApiKeys.
     */
    data: XOR<ApiKeyUpdateManyMutationInput, ApiKeyUncheckedUpdateManyInput>
    /**
     * Filter which ApiKeys to update
     */
    where?: ApiKeyWhereInput
    /**
     * Limit how many ApiKeys to update.
     */
    limit?: number
  }

  /**
   * ApiKey updateManyAndReturn
   */
  export type ApiKeyUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ApiKey
     */
    select?: ApiKeySelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the ApiKey
     */
    omit?: ApiKeyOmit<ExtArgs> | null
    /**
     * The data used to update ApiKeys.
     */
    data: XOR<ApiKeyUpdateManyMutationInput, ApiKeyUncheckedUpdateManyInput>
    /**
     * Filter which ApiKeys to update
     */
    where?: ApiKeyWhereInput
    /**
     * Limit how many ApiKeys to update.
     */
    limit?: number
  }

  /**
   * ApiKey upsert
   */
  export type ApiKeyUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ApiKey
     */
    select?: ApiKeySelect<ExtArgs> | null
    /**
     * Omit specific fields from the ApiKey
     */
    omit?: ApiKeyOmit<ExtArgs> | null
    /**
     * The filter to search for the ApiKey to update in case it exists.
     */
    where: ApiKeyWhereUniqueInput
    /**
     * In case the ApiKey found by the `where` argument doesn't exist, create a new ApiKey with this data.
     */
    create: XOR<ApiKeyCreateInput, ApiKeyUncheckedCreateInput>
    /**
     * In case the ApiKey was found with the provided `where` argument, update it with this data.
     */
    update: XOR<ApiKeyUpdateInput, ApiKeyUncheckedUpdateInput>
  }

  /**
   * ApiKey delete
   */
  export type ApiKeyDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ApiKey
     */
    select?: ApiKeySelect<ExtArgs> | null
    /**
     * Omit specific fields from the ApiKey
     */
    omit?: ApiKeyOmit<ExtArgs> | null
    /**
     * Filter which ApiKey to delete.
     */
    where: ApiKeyWhereUniqueInput
  }

  /**
   * ApiKey deleteMany
   */
  export type ApiKeyDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which ApiKeys to delete
     */
    where?: ApiKeyWhereInput
    /**
     * Limit how many ApiKeys to delete.
     */
    limit?: number
  }

  /**
   * ApiKey without action
   */
  export type ApiKeyDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ApiKey
     */
    select?: ApiKeySelect<ExtArgs> | null
    /**
     * Omit specific fields from the ApiKey
     */
    omit?: ApiKeyOmit<ExtArgs> | null
  }


  /**
   * Model AuditEvent
   */

  export type AggregateAuditEvent = {
    _count: AuditEventCountAggregateOutputType | null
    _min: AuditEventMinAggregateOutputType | null
    _max: AuditEventMaxAggregateOutputType | null
  }

  export type AuditEventMinAggregateOutputType = {
    id: string | null
    type: string | null
    connectionId: string | null
    actorType: string | null
    actorId: string | null
    actorLabel: string | null
    message: string | null
    metadata: string | null
    createdAt: Date | null
  }

  export type AuditEventMaxAggregateOutputType = {
    id: string | null
    type: string | null
    connectionId: string | null
    actorType: string | null
    actorId: string | null
    actorLabel: string | null
    message: string | null
    metadata: string | null
    createdAt: Date | null
  }

  export type AuditEventCountAggregateOutputType = {
    id: number
    type: number
    connectionId: number
    actorType: number
    actorId: number
    actorLabel: number
    message: number
    metadata: number
    createdAt: number
    _all: number
  }


  export type AuditEventMinAggregateInputType = {
    id?: true
    type?: true
    connectionId?: true
    actorType?: true
    actorId?: true
    actorLabel?: true
    message?: true
    metadata?: true
    createdAt?: true
  }

  export type AuditEventMaxAggregateInputType = {
    id?: true
    type?: true
    connectionId?: true
    actorType?: true
    actorId?: true
    actorLabel?: true
    message?: true
    metadata?: true
    createdAt?: true
  }

  export type AuditEventCountAggregateInputType = {
    id?: true
    type?: true
    connectionId?: true
    actorType?: true
    actorId?: true
    actorLabel?: true
    message?: true
    metadata?: true
    createdAt?: true
    _all?: true
  }

  export type AuditEventAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which AuditEvent to aggregate.
     */
    where?: AuditEventWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of AuditEvents to fetch.
     */
    orderBy?: AuditEventOrderByWithRelationInput | AuditEventOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: AuditEventWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` AuditEvents from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` AuditEvents.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned AuditEvents
    **/
    _count?: true | AuditEventCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: AuditEventMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: AuditEventMaxAggregateInputType
  }

  export type GetAuditEventAggregateType<T extends AuditEventAggregateArgs> = {
        [P in keyof T & keyof AggregateAuditEvent]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateAuditEvent[P]>
      : GetScalarType<T[P], AggregateAuditEvent[P]>
  }




  export type AuditEventGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: AuditEventWhereInput
    orderBy?: AuditEventOrderByWithAggregationInput | AuditEventOrderByWithAggregationInput[]
    by: AuditEventScalarFieldEnum[] | AuditEventScalarFieldEnum
    having?: AuditEventScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: AuditEventCountAggregateInputType | true
    _min?: AuditEventMinAggregateInputType
    _max?: AuditEventMaxAggregateInputType
  }

  export type AuditEventGroupByOutputType = {
    id: string
    type: string
    connectionId: string | null
    actorType: string
    actorId: string | null
    actorLabel: string | null
    message: string | null
    metadata: string | null
    createdAt: Date
    _count: AuditEventCountAggregateOutputType | null
    _min: AuditEventMinAggregateOutputType | null
    _max: AuditEventMaxAggregateOutputType | null
  }

  type GetAuditEventGroupByPayload<T extends AuditEventGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<AuditEventGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof AuditEventGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], AuditEventGroupByOutputType[P]>
            : GetScalarType<T[P], AuditEventGroupByOutputType[P]>
        }
      >
    >


  export type AuditEventSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    type?: boolean
    connectionId?: boolean
    actorType?: boolean
    actorId?: boolean
    actorLabel?: boolean
    message?: boolean
    metadata?: boolean
    createdAt?: boolean
    connection?: boolean | AuditEvent$connectionArgs<ExtArgs>
  }, ExtArgs["result"]["auditEvent"]>

  export type AuditEventSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    type?: boolean
    connectionId?: boolean
    actorType?: boolean
    actorId?: boolean
    actorLabel?: boolean
    message?: boolean
    metadata?: boolean
    createdAt?: boolean
    connection?: boolean | AuditEvent$connectionArgs<ExtArgs>
  }, ExtArgs["result"]["auditEvent"]>

  export type AuditEventSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    type?: boolean
    connectionId?: boolean
    actorType?: boolean
    actorId?: boolean
    actorLabel?: boolean
    message?: boolean
    metadata?: boolean
    createdAt?: boolean
    connection?: boolean | AuditEvent$connectionArgs<ExtArgs>
  }, ExtArgs["result"]["auditEvent"]>

  export type AuditEventSelectScalar = {
    id?: boolean
    type?: boolean
    connectionId?: boolean
    actorType?: boolean
    actorId?: boolean
    actorLabel?: boolean
    message?: boolean
    metadata?: boolean
    createdAt?: boolean
  }

  export type AuditEventOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "type" | "connectionId" | "actorType" | "actorId" | "actorLabel" | "message" | "metadata" | "createdAt", ExtArgs["result"]["auditEvent"]>
  export type AuditEventInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    connection?: boolean | AuditEvent$connectionArgs<ExtArgs>
  }
  export type AuditEventIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    connection?: boolean | AuditEvent$connectionArgs<ExtArgs>
  }
  export type AuditEventIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    connection?: boolean | AuditEvent$connectionArgs<ExtArgs>
  }

  export type $AuditEventPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "AuditEvent"
    objects: {
      connection: Prisma.$ConnectionPayload<ExtArgs> | null
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      type: string
      connectionId: string | null
      /**
       * staff | api_key | company_admin | system
       */
      actorType: string
      actorId: string | null
      actorLabel: string | null
      message: string | null
      /**
       * JSON text, kept as a string so both databases store it the same way.
       */
      metadata: string | null
      createdAt: Date
    }, ExtArgs["result"]["auditEvent"]>
    composites: {}
  }

  type AuditEventGetPayload<S extends boolean | null | undefined | AuditEventDefaultArgs> = $Result.GetResult<Prisma.$AuditEventPayload, S>

  type AuditEventCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<AuditEventFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: AuditEventCountAggregateInputType | true
    }

  export interface AuditEventDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['AuditEvent'], meta: { name: 'AuditEvent' } }
    /**
     * Find zero or one AuditEvent that matches the filter.
     * @param {AuditEventFindUniqueArgs} args - Arguments to find a AuditEvent
     * @example
     * // Get one AuditEvent
     * const auditEvent = await prisma.auditEvent.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends AuditEventFindUniqueArgs>(args: SelectSubset<T, AuditEventFindUniqueArgs<ExtArgs>>): Prisma__AuditEventClient<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one AuditEvent that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {AuditEventFindUniqueOrThrowArgs} args - Arguments to find a AuditEvent
     * @example
     * // Get one AuditEvent
     * const auditEvent = await prisma.auditEvent.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends AuditEventFindUniqueOrThrowArgs>(args: SelectSubset<T, AuditEventFindUniqueOrThrowArgs<ExtArgs>>): Prisma__AuditEventClient<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first AuditEvent that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEventFindFirstArgs} args - Arguments to find a AuditEvent
     * @example
     * // Get one AuditEvent
     * const auditEvent = await prisma.auditEvent.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends AuditEventFindFirstArgs>(args?: SelectSubset<T, AuditEventFindFirstArgs<ExtArgs>>): Prisma__AuditEventClient<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first AuditEvent that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEventFindFirstOrThrowArgs} args - Arguments to find a AuditEvent
     * @example
     * // Get one AuditEvent
     * const auditEvent = await prisma.auditEvent.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends AuditEventFindFirstOrThrowArgs>(args?: SelectSubset<T, AuditEventFindFirstOrThrowArgs<ExtArgs>>): Prisma__AuditEventClient<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more AuditEvents that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEventFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all AuditEvents
     * const auditEvents = await prisma.auditEvent.findMany()
     * 
     * // Get first 10 AuditEvents
     * const auditEvents = await prisma.auditEvent.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const auditEventWithIdOnly = await prisma.auditEvent.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends AuditEventFindManyArgs>(args?: SelectSubset<T, AuditEventFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a AuditEvent.
     * @param {AuditEventCreateArgs} args - Arguments to create a AuditEvent.
     * @example
     * // Create one AuditEvent
     * const AuditEvent = await prisma.auditEvent.create({
     *   data: {
     *     // ... data to create a AuditEvent
     *   }
     * })
     * 
     */
    create<T extends AuditEventCreateArgs>(args: SelectSubset<T, AuditEventCreateArgs<ExtArgs>>): Prisma__AuditEventClient<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many AuditEvents.
     * @param {AuditEventCreateManyArgs} args - Arguments to create many AuditEvents.
     * @example
     * // Create many AuditEvents
     * const auditEvent = await prisma.auditEvent.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends AuditEventCreateManyArgs>(args?: SelectSubset<T, AuditEventCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many AuditEvents and returns the data saved in the database.
     * @param {AuditEventCreateManyAndReturnArgs} args - Arguments to create many AuditEvents.
     * @example
     * // Create many AuditEvents
     * const auditEvent = await prisma.auditEvent.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many AuditEvents and only return the `id`
     * const auditEventWithIdOnly = await prisma.auditEvent.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends AuditEventCreateManyAndReturnArgs>(args?: SelectSubset<T, AuditEventCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a AuditEvent.
     * @param {AuditEventDeleteArgs} args - Arguments to delete one AuditEvent.
     * @example
     * // Delete one AuditEvent
     * const AuditEvent = await prisma.auditEvent.delete({
     *   where: {
     *     // ... filter to delete one AuditEvent
     *   }
     * })
     * 
     */
    delete<T extends AuditEventDeleteArgs>(args: SelectSubset<T, AuditEventDeleteArgs<ExtArgs>>): Prisma__AuditEventClient<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one AuditEvent.
     * @param {AuditEventUpdateArgs} args - Arguments to update one AuditEvent.
     * @example
     * // Update one AuditEvent
     * const auditEvent = await prisma.auditEvent.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends AuditEventUpdateArgs>(args: SelectSubset<T, AuditEventUpdateArgs<ExtArgs>>): Prisma__AuditEventClient<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more AuditEvents.
     * @param {AuditEventDeleteManyArgs} args - Arguments to filter AuditEvents to delete.
     * @example
     * // Delete a few AuditEvents
     * const { count } = await prisma.auditEvent.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends AuditEventDeleteManyArgs>(args?: SelectSubset<T, AuditEventDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more AuditEvents.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEventUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many AuditEvents
     * const auditEvent = await prisma.auditEvent.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends AuditEventUpdateManyArgs>(args: SelectSubset<T, AuditEventUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more AuditEvents and returns the data updated in the database.
     * @param {AuditEventUpdateManyAndReturnArgs} args - Arguments to update many AuditEvents.
     * @example
     * // Update many AuditEvents
     * const auditEvent = await prisma.auditEvent.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more AuditEvents and only return the `id`
     * const auditEventWithIdOnly = await prisma.auditEvent.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends AuditEventUpdateManyAndReturnArgs>(args: SelectSubset<T, AuditEventUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one AuditEvent.
     * @param {AuditEventUpsertArgs} args - Arguments to update or create a AuditEvent.
     * @example
     * // Update or create a AuditEvent
     * const auditEvent = await prisma.auditEvent.upsert({
     *   create: {
     *     // ... data to create a AuditEvent
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the AuditEvent we want to update
     *   }
     * })
     */
    upsert<T extends AuditEventUpsertArgs>(args: SelectSubset<T, AuditEventUpsertArgs<ExtArgs>>): Prisma__AuditEventClient<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of AuditEvents.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEventCountArgs} args - Arguments to filter AuditEvents to count.
     * @example
     * // Count the number of AuditEvents
     * const count = await prisma.auditEvent.count({
     *   where: {
     *     // ... the filter for the AuditEvents we want to count
     *   }
     * })
    **/
    count<T extends AuditEventCountArgs>(
      args?: Subset<T, AuditEventCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], AuditEventCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a AuditEvent.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEventAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends AuditEventAggregateArgs>(args: Subset<T, AuditEventAggregateArgs>): Prisma.PrismaPromise<GetAuditEventAggregateType<T>>

    /**
     * Group by AuditEvent.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEventGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends AuditEventGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: AuditEventGroupByArgs['orderBy'] }
        : { orderBy?: AuditEventGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, AuditEventGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetAuditEventGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the AuditEvent model
   */
  readonly fields: AuditEventFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for AuditEvent.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__AuditEventClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    connection<T extends AuditEvent$connectionArgs<ExtArgs> = {}>(args?: Subset<T, AuditEvent$connectionArgs<ExtArgs>>): Prisma__ConnectionClient<$Result.GetResult<Prisma.$ConnectionPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the AuditEvent model
   */
  interface AuditEventFieldRefs {
    readonly id: FieldRef<"AuditEvent", 'String'>
    readonly type: FieldRef<"AuditEvent", 'String'>
    readonly connectionId: FieldRef<"AuditEvent", 'String'>
    readonly actorType: FieldRef<"AuditEvent", 'String'>
    readonly actorId: FieldRef<"AuditEvent", 'String'>
    readonly actorLabel: FieldRef<"AuditEvent", 'String'>
    readonly message: FieldRef<"AuditEvent", 'String'>
    readonly metadata: FieldRef<"AuditEvent", 'String'>
    readonly createdAt: FieldRef<"AuditEvent", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * AuditEvent findUnique
   */
  export type AuditEventFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    /**
     * Filter, which AuditEvent to fetch.
     */
    where: AuditEventWhereUniqueInput
  }

  /**
   * AuditEvent findUniqueOrThrow
   */
  export type AuditEventFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    /**
     * Filter, which AuditEvent to fetch.
     */
    where: AuditEventWhereUniqueInput
  }

  /**
   * AuditEvent findFirst
   */
  export type AuditEventFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    /**
     * Filter, which AuditEvent to fetch.
     */
    where?: AuditEventWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of AuditEvents to fetch.
     */
    orderBy?: AuditEventOrderByWithRelationInput | AuditEventOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for AuditEvents.
     */
    cursor?: AuditEventWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` AuditEvents from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` AuditEvents.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of AuditEvents.
     */
    distinct?: AuditEventScalarFieldEnum | AuditEventScalarFieldEnum[]
  }

  /**
   * AuditEvent findFirstOrThrow
   */
  export type AuditEventFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    /**
     * Filter, which AuditEvent to fetch.
     */
    where?: AuditEventWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of AuditEvents to fetch.
     */
    orderBy?: AuditEventOrderByWithRelationInput | AuditEventOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for AuditEvents.
     */
    cursor?: AuditEventWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` AuditEvents from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` AuditEvents.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of AuditEvents.
     */
    distinct?: AuditEventScalarFieldEnum | AuditEventScalarFieldEnum[]
  }

  /**
   * AuditEvent findMany
   */
  export type AuditEventFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    /**
     * Filter, which AuditEvents to fetch.
     */
    where?: AuditEventWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of AuditEvents to fetch.
     */
    orderBy?: AuditEventOrderByWithRelationInput | AuditEventOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing AuditEvents.
     */
    cursor?: AuditEventWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` AuditEvents from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` AuditEvents.
     */
    skip?: number
    distinct?: AuditEventScalarFieldEnum | AuditEventScalarFieldEnum[]
  }

  /**
   * AuditEvent create
   */
  export type AuditEventCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    /**
     * The data needed to create a AuditEvent.
     */
    data: XOR<AuditEventCreateInput, AuditEventUncheckedCreateInput>
  }

  /**
   * AuditEvent createMany
   */
  export type AuditEventCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many AuditEvents.
     */
    data: AuditEventCreateManyInput | AuditEventCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * AuditEvent createManyAndReturn
   */
  export type AuditEventCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * The data used to create many AuditEvents.
     */
    data: AuditEventCreateManyInput | AuditEventCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * AuditEvent update
   */
  export type AuditEventUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    /**
     * The data needed to update a AuditEvent.
     */
    data: XOR<AuditEventUpdateInput, AuditEventUncheckedUpdateInput>
    /**
     * Choose, which AuditEvent to update.
     */
    where: AuditEventWhereUniqueInput
  }

  /**
   * AuditEvent updateMany
   */
  export type AuditEventUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update AuditEvents.
     */
    data: XOR<AuditEventUpdateManyMutationInput, AuditEventUncheckedUpdateManyInput>
    /**
     * Filter which AuditEvents to update
     */
    where?: AuditEventWhereInput
    /**
     * Limit how many AuditEvents to update.
     */
    limit?: number
  }

  /**
   * AuditEvent updateManyAndReturn
   */
  export type AuditEventUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * The data used to update AuditEvents.
     */
    data: XOR<AuditEventUpdateManyMutationInput, AuditEventUncheckedUpdateManyInput>
    /**
     * Filter which AuditEvents to update
     */
    where?: AuditEventWhereInput
    /**
     * Limit how many AuditEvents to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * AuditEvent upsert
   */
  export type AuditEventUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    /**
     * The filter to search for the AuditEvent to update in case it exists.
     */
    where: AuditEventWhereUniqueInput
    /**
     * In case the AuditEvent found by the `where` argument doesn't exist, create a new AuditEvent with this data.
     */
    create: XOR<AuditEventCreateInput, AuditEventUncheckedCreateInput>
    /**
     * In case the AuditEvent was found with the provided `where` argument, update it with this data.
     */
    update: XOR<AuditEventUpdateInput, AuditEventUncheckedUpdateInput>
  }

  /**
   * AuditEvent delete
   */
  export type AuditEventDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    /**
     * Filter which AuditEvent to delete.
     */
    where: AuditEventWhereUniqueInput
  }

  /**
   * AuditEvent deleteMany
   */
  export type AuditEventDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which AuditEvents to delete
     */
    where?: AuditEventWhereInput
    /**
     * Limit how many AuditEvents to delete.
     */
    limit?: number
  }

  /**
   * AuditEvent.connection
   */
  export type AuditEvent$connectionArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Connection
     */
    select?: ConnectionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Connection
     */
    omit?: ConnectionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ConnectionInclude<ExtArgs> | null
    where?: ConnectionWhereInput
  }

  /**
   * AuditEvent without action
   */
  export type AuditEventDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
  }


  /**
   * Model CompanyCreation
   */

  export type AggregateCompanyCreation = {
    _count: CompanyCreationCountAggregateOutputType | null
    _min: CompanyCreationMinAggregateOutputType | null
    _max: CompanyCreationMaxAggregateOutputType | null
  }

  export type CompanyCreationMinAggregateOutputType = {
    id: string | null
    idempotencyKey: string | null
    status: string | null
    requestHash: string | null
    remoteCompanyId: string | null
    connectionId: string | null
    errorCode: string | null
    createdBy: string | null
    createdAt: Date | null
    updatedAt: Date | null
  }

  export type CompanyCreationMaxAggregateOutputType = {
    id: string | null
    idempotencyKey: string | null
    status: string | null
    requestHash: string | null
    remoteCompanyId: string | null
    connectionId: string | null
    errorCode: string | null
    createdBy: string | null
    createdAt: Date | null
    updatedAt: Date | null
  }

  export type CompanyCreationCountAggregateOutputType = {
    id: number
    idempotencyKey: number
    status: number
    requestHash: number
    remoteCompanyId: number
    connectionId: number
    errorCode: number
    createdBy: number
    createdAt: number
    updatedAt: number
    _all: number
  }


  export type CompanyCreationMinAggregateInputType = {
    id?: true
    idempotencyKey?: true
    status?: true
    requestHash?: true
    remoteCompanyId?: true
    connectionId?: true
    errorCode?: true
    createdBy?: true
    createdAt?: true
    updatedAt?: true
  }

  export type CompanyCreationMaxAggregateInputType = {
    id?: true
    idempotencyKey?: true
    status?: true
    requestHash?: true
    remoteCompanyId?: true
    connectionId?: true
    errorCode?: true
    createdBy?: true
    createdAt?: true
    updatedAt?: true
  }

  export type CompanyCreationCountAggregateInputType = {
    id?: true
    idempotencyKey?: true
    status?: true
    requestHash?: true
    remoteCompanyId?: true
    connectionId?: true
    errorCode?: true
    createdBy?: true
    createdAt?: true
    updatedAt?: true
    _all?: true
  }

  export type CompanyCreationAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which CompanyCreation to aggregate.
     */
    where?: CompanyCreationWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of CompanyCreations to fetch.
     */
    orderBy?: CompanyCreationOrderByWithRelationInput | CompanyCreationOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: CompanyCreationWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` CompanyCreations from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` CompanyCreations.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned CompanyCreations
    **/
    _count?: true | CompanyCreationCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: CompanyCreationMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: CompanyCreationMaxAggregateInputType
  }

  export type GetCompanyCreationAggregateType<T extends CompanyCreationAggregateArgs> = {
        [P in keyof T & keyof AggregateCompanyCreation]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateCompanyCreation[P]>
      : GetScalarType<T[P], AggregateCompanyCreation[P]>
  }




  export type CompanyCreationGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: CompanyCreationWhereInput
    orderBy?: CompanyCreationOrderByWithAggregationInput | CompanyCreationOrderByWithAggregationInput[]
    by: CompanyCreationScalarFieldEnum[] | CompanyCreationScalarFieldEnum
    having?: CompanyCreationScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: CompanyCreationCountAggregateInputType | true
    _min?: CompanyCreationMinAggregateInputType
    _max?: CompanyCreationMaxAggregateInputType
  }

  export type CompanyCreationGroupByOutputType = {
    id: string
    idempotencyKey: string
    status: string
    requestHash: string
    remoteCompanyId: string | null
    connectionId: string | null
    errorCode: string | null
    createdBy: string | null
    createdAt: Date
    updatedAt: Date
    _count: CompanyCreationCountAggregateOutputType | null
    _min: CompanyCreationMinAggregateOutputType | null
    _max: CompanyCreationMaxAggregateOutputType | null
  }

  type GetCompanyCreationGroupByPayload<T extends CompanyCreationGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<CompanyCreationGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof CompanyCreationGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], CompanyCreationGroupByOutputType[P]>
            : GetScalarType<T[P], CompanyCreationGroupByOutputType[P]>
        }
      >
    >


  export type CompanyCreationSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    idempotencyKey?: boolean
    status?: boolean
    requestHash?: boolean
    remoteCompanyId?: boolean
    connectionId?: boolean
    errorCode?: boolean
    createdBy?: boolean
    createdAt?: boolean
    updatedAt?: boolean
  }, ExtArgs["result"]["companyCreation"]>

  export type CompanyCreationSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    idempotencyKey?: boolean
    status?: boolean
    requestHash?: boolean
    remoteCompanyId?: boolean
    connectionId?: boolean
    errorCode?: boolean
    createdBy?: boolean
    createdAt?: boolean
    updatedAt?: boolean
  }, ExtArgs["result"]["companyCreation"]>

  export type CompanyCreationSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    idempotencyKey?: boolean
    status?: boolean
    requestHash?: boolean
    remoteCompanyId?: boolean
    connectionId?: boolean
    errorCode?: boolean
    createdBy?: boolean
    createdAt?: boolean
    updatedAt?: boolean
  }, ExtArgs["result"]["companyCreation"]>

  export type CompanyCreationSelectScalar = {
    id?: boolean
    idempotencyKey?: boolean
    status?: boolean
    requestHash?: boolean
    remoteCompanyId?: boolean
    connectionId?: boolean
    errorCode?: boolean
    createdBy?: boolean
    createdAt?: boolean
    updatedAt?: boolean
  }

  export type CompanyCreationOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "idempotencyKey" | "status" | "requestHash" | "remoteCompanyId" | "connectionId" | "errorCode" | "createdBy" | "createdAt" | "updatedAt", ExtArgs["result"]["companyCreation"]>

  export type $CompanyCreationPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "CompanyCreation"
    objects: {}
    scalars: $Extensions.GetPayloadResult<{
      id: string
      idempotencyKey: string
      /**
       * pending | succeeded | failed | created_without_tokens
       */
      status: string
      requestHash: string
      remoteCompanyId: string | null
      connectionId: string | null
      errorCode: string | null
      createdBy: string | null
      createdAt: Date
      updatedAt: Date
    }, ExtArgs["result"]["companyCreation"]>
    composites: {}
  }

  type CompanyCreationGetPayload<S extends boolean | null | undefined | CompanyCreationDefaultArgs> = $Result.GetResult<Prisma.$CompanyCreationPayload, S>

  type CompanyCreationCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<CompanyCreationFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: CompanyCreationCountAggregateInputType | true
    }

  export interface CompanyCreationDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['CompanyCreation'], meta: { name: 'CompanyCreation' } }
    /**
     * Find zero or one CompanyCreation that matches the filter.
     * @param {CompanyCreationFindUniqueArgs} args - Arguments to find a CompanyCreation
     * @example
     * // Get one CompanyCreation
     * const companyCreation = await prisma.companyCreation.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends CompanyCreationFindUniqueArgs>(args: SelectSubset<T, CompanyCreationFindUniqueArgs<ExtArgs>>): Prisma__CompanyCreationClient<$Result.GetResult<Prisma.$CompanyCreationPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one CompanyCreation that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {CompanyCreationFindUniqueOrThrowArgs} args - Arguments to find a CompanyCreation
     * @example
     * // Get one CompanyCreation
     * const companyCreation = await prisma.companyCreation.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends CompanyCreationFindUniqueOrThrowArgs>(args: SelectSubset<T, CompanyCreationFindUniqueOrThrowArgs<ExtArgs>>): Prisma__CompanyCreationClient<$Result.GetResult<Prisma.$CompanyCreationPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first CompanyCreation that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CompanyCreationFindFirstArgs} args - Arguments to find a CompanyCreation
     * @example
     * // Get one CompanyCreation
     * const companyCreation = await prisma.companyCreation.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends CompanyCreationFindFirstArgs>(args?: SelectSubset<T, CompanyCreationFindFirstArgs<ExtArgs>>): Prisma__CompanyCreationClient<$Result.GetResult<Prisma.$CompanyCreationPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first CompanyCreation that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CompanyCreationFindFirstOrThrowArgs} args - Arguments to find a CompanyCreation
     * @example
     * // Get one CompanyCreation
     * const companyCreation = await prisma.companyCreation.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends CompanyCreationFindFirstOrThrowArgs>(args?: SelectSubset<T, CompanyCreationFindFirstOrThrowArgs<ExtArgs>>): Prisma__CompanyCreationClient<$Result.GetResult<Prisma.$CompanyCreationPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more CompanyCreations that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CompanyCreationFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all CompanyCreations
     * const companyCreations = await prisma.companyCreation.findMany()
     * 
     * // Get first 10 CompanyCreations
     * const companyCreations = await prisma.companyCreation.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const companyCreationWithIdOnly = await prisma.companyCreation.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends CompanyCreationFindManyArgs>(args?: SelectSubset<T, CompanyCreationFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$CompanyCreationPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a CompanyCreation.
     * @param {CompanyCreationCreateArgs} args - Arguments to create a CompanyCreation.
     * @example
     * // Create one CompanyCreation
     * const CompanyCreation = await prisma.companyCreation.create({
     *   data: {
     *     // ... data to create a CompanyCreation
     *   }
     * })
     * 
     */
    create<T extends CompanyCreationCreateArgs>(args: SelectSubset<T, CompanyCreationCreateArgs<ExtArgs>>): Prisma__CompanyCreationClient<$Result.GetResult<Prisma.$CompanyCreationPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many CompanyCreations.
     * @param {CompanyCreationCreateManyArgs} args - Arguments to create many CompanyCreations.
     * @example
     * // Create many CompanyCreations
     * const companyCreation = await prisma.companyCreation.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends CompanyCreationCreateManyArgs>(args?: SelectSubset<T, CompanyCreationCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many CompanyCreations and returns the data saved in the database.
     * @param {CompanyCreationCreateManyAndReturnArgs} args - Arguments to create many CompanyCreations.
     * @example
     * // Create many CompanyCreations
     * const companyCreation = await prisma.companyCreation.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many CompanyCreations and only return the `id`
     * const companyCreationWithIdOnly = await prisma.companyCreation.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends CompanyCreationCreateManyAndReturnArgs>(args?: SelectSubset<T, CompanyCreationCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$CompanyCreationPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a CompanyCreation.
     * @param {CompanyCreationDeleteArgs} args - Arguments to delete one CompanyCreation.
     * @example
     * // Delete one CompanyCreation
     * const CompanyCreation = await prisma.companyCreation.delete({
     *   where: {
     *     // ... filter to delete one CompanyCreation
     *   }
     * })
     * 
     */
    delete<T extends CompanyCreationDeleteArgs>(args: SelectSubset<T, CompanyCreationDeleteArgs<ExtArgs>>): Prisma__CompanyCreationClient<$Result.GetResult<Prisma.$CompanyCreationPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one CompanyCreation.
     * @param {CompanyCreationUpdateArgs} args - Arguments to update one CompanyCreation.
     * @example
     * // Update one CompanyCreation
     * const companyCreation = await prisma.companyCreation.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends CompanyCreationUpdateArgs>(args: SelectSubset<T, CompanyCreationUpdateArgs<ExtArgs>>): Prisma__CompanyCreationClient<$Result.GetResult<Prisma.$CompanyCreationPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more CompanyCreations.
     * @param {CompanyCreationDeleteManyArgs} args - Arguments to filter CompanyCreations to delete.
     * @example
     * // Delete a few CompanyCreations
     * const { count } = await prisma.companyCreation.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends CompanyCreationDeleteManyArgs>(args?: SelectSubset<T, CompanyCreationDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more CompanyCreations.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CompanyCreationUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many CompanyCreations
     * const companyCreation = await prisma.companyCreation.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends CompanyCreationUpdateManyArgs>(args: SelectSubset<T, CompanyCreationUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more CompanyCreations and returns the data updated in the database.
     * @param {CompanyCreationUpdateManyAndReturnArgs} args - Arguments to update many CompanyCreations.
     * @example
     * // Update many CompanyCreations
     * const companyCreation = await prisma.companyCreation.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more CompanyCreations and only return the `id`
     * const companyCreationWithIdOnly = await prisma.companyCreation.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends CompanyCreationUpdateManyAndReturnArgs>(args: SelectSubset<T, CompanyCreationUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$CompanyCreationPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one CompanyCreation.
     * @param {CompanyCreationUpsertArgs} args - Arguments to update or create a CompanyCreation.
     * @example
     * // Update or create a CompanyCreation
     * const companyCreation = await prisma.companyCreation.upsert({
     *   create: {
     *     // ... data to create a CompanyCreation
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the CompanyCreation we want to update
     *   }
     * })
     */
    upsert<T extends CompanyCreationUpsertArgs>(args: SelectSubset<T, CompanyCreationUpsertArgs<ExtArgs>>): Prisma__CompanyCreationClient<$Result.GetResult<Prisma.$CompanyCreationPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of CompanyCreations.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CompanyCreationCountArgs} args - Arguments to filter CompanyCreations to count.
     * @example
     * // Count the number of CompanyCreations
     * const count = await prisma.companyCreation.count({
     *   where: {
     *     // ... the filter for the CompanyCreations we want to count
     *   }
     * })
    **/
    count<T extends CompanyCreationCountArgs>(
      args?: Subset<T, CompanyCreationCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], CompanyCreationCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a CompanyCreation.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CompanyCreationAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends CompanyCreationAggregateArgs>(args: Subset<T, CompanyCreationAggregateArgs>): Prisma.PrismaPromise<GetCompanyCreationAggregateType<T>>

    /**
     * Group by CompanyCreation.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CompanyCreationGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends CompanyCreationGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: CompanyCreationGroupByArgs['orderBy'] }
        : { orderBy?: CompanyCreationGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, CompanyCreationGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetCompanyCreationGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the CompanyCreation model
   */
  readonly fields: CompanyCreationFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for CompanyCreation.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__CompanyCreationClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the CompanyCreation model
   */
  interface CompanyCreationFieldRefs {
    readonly id: FieldRef<"CompanyCreation", 'String'>
    readonly idempotencyKey: FieldRef<"CompanyCreation", 'String'>
    readonly status: FieldRef<"CompanyCreation", 'String'>
    readonly requestHash: FieldRef<"CompanyCreation", 'String'>
    readonly remoteCompanyId: FieldRef<"CompanyCreation", 'String'>
    readonly connectionId: FieldRef<"CompanyCreation", 'String'>
    readonly errorCode: FieldRef<"CompanyCreation", 'String'>
    readonly createdBy: FieldRef<"CompanyCreation", 'String'>
    readonly createdAt: FieldRef<"CompanyCreation", 'DateTime'>
    readonly updatedAt: FieldRef<"CompanyCreation", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * CompanyCreation findUnique
   */
  export type CompanyCreationFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CompanyCreation
     */
    select?: CompanyCreationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CompanyCreation
     */
    omit?: CompanyCreationOmit<ExtArgs> | null
    /**
     * Filter, which CompanyCreation to fetch.
     */
    where: CompanyCreationWhereUniqueInput
  }

  /**
   * CompanyCreation findUniqueOrThrow
   */
  export type CompanyCreationFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CompanyCreation
     */
    select?: CompanyCreationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CompanyCreation
     */
    omit?: CompanyCreationOmit<ExtArgs> | null
    /**
     * Filter, which CompanyCreation to fetch.
     */
    where: CompanyCreationWhereUniqueInput
  }

  /**
   * CompanyCreation findFirst
   */
  export type CompanyCreationFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CompanyCreation
     */
    select?: CompanyCreationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CompanyCreation
     */
    omit?: CompanyCreationOmit<ExtArgs> | null
    /**
     * Filter, which CompanyCreation to fetch.
     */
    where?: CompanyCreationWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of CompanyCreations to fetch.
     */
    orderBy?: CompanyCreationOrderByWithRelationInput | CompanyCreationOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for CompanyCreations.
     */
    cursor?: CompanyCreationWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` CompanyCreations from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` CompanyCreations.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of CompanyCreations.
     */
    distinct?: CompanyCreationScalarFieldEnum | CompanyCreationScalarFieldEnum[]
  }

  /**
   * CompanyCreation findFirstOrThrow
   */
  export type CompanyCreationFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CompanyCreation
     */
    select?: CompanyCreationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CompanyCreation
     */
    omit?: CompanyCreationOmit<ExtArgs> | null
    /**
     * Filter, which CompanyCreation to fetch.
     */
    where?: CompanyCreationWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of CompanyCreations to fetch.
     */
    orderBy?: CompanyCreationOrderByWithRelationInput | CompanyCreationOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for CompanyCreations.
     */
    cursor?: CompanyCreationWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` CompanyCreations from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` CompanyCreations.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of CompanyCreations.
     */
    distinct?: CompanyCreationScalarFieldEnum | CompanyCreationScalarFieldEnum[]
  }

  /**
   * CompanyCreation findMany
   */
  export type CompanyCreationFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CompanyCreation
     */
    select?: CompanyCreationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CompanyCreation
     */
    omit?: CompanyCreationOmit<ExtArgs> | null
    /**
     * Filter, which CompanyCreations to fetch.
     */
    where?: CompanyCreationWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of CompanyCreations to fetch.
     */
    orderBy?: CompanyCreationOrderByWithRelationInput | CompanyCreationOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing CompanyCreations.
     */
    cursor?: CompanyCreationWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` CompanyCreations from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` CompanyCreations.
     */
    skip?: number
    distinct?: CompanyCreationScalarFieldEnum | CompanyCreationScalarFieldEnum[]
  }

  /**
   * CompanyCreation create
   */
  export type CompanyCreationCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CompanyCreation
     */
    select?: CompanyCreationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CompanyCreation
     */
    omit?: CompanyCreationOmit<ExtArgs> | null
    /**
     * The data needed to create a CompanyCreation.
     */
    data: XOR<CompanyCreationCreateInput, CompanyCreationUncheckedCreateInput>
  }

  /**
   * CompanyCreation createMany
   */
  export type CompanyCreationCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many CompanyCreations.
     */
    data: CompanyCreationCreateManyInput | CompanyCreationCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * CompanyCreation createManyAndReturn
   */
  export type CompanyCreationCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CompanyCreation
     */
    select?: CompanyCreationSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the CompanyCreation
     */
    omit?: CompanyCreationOmit<ExtArgs> | null
    /**
     * The data used to create many CompanyCreations.
     */
    data: CompanyCreationCreateManyInput | CompanyCreationCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * CompanyCreation update
   */
  export type CompanyCreationUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CompanyCreation
     */
    select?: CompanyCreationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CompanyCreation
     */
    omit?: CompanyCreationOmit<ExtArgs> | null
    /**
     * The data needed to update a CompanyCreation.
     */
    data: XOR<CompanyCreationUpdateInput, CompanyCreationUncheckedUpdateInput>
    /**
     * Choose, which CompanyCreation to update.
     */
    where: CompanyCreationWhereUniqueInput
  }

  /**
   * CompanyCreation updateMany
   */
  export type CompanyCreationUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update CompanyCreations.
     */
    data: XOR<CompanyCreationUpdateManyMutationInput, CompanyCreationUncheckedUpdateManyInput>
    /**
     * Filter which CompanyCreations to update
     */
    where?: CompanyCreationWhereInput
    /**
     * Limit how many CompanyCreations to update.
     */
    limit?: number
  }

  /**
   * CompanyCreation updateManyAndReturn
   */
  export type CompanyCreationUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CompanyCreation
     */
    select?: CompanyCreationSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the CompanyCreation
     */
    omit?: CompanyCreationOmit<ExtArgs> | null
    /**
     * The data used to update CompanyCreations.
     */
    data: XOR<CompanyCreationUpdateManyMutationInput, CompanyCreationUncheckedUpdateManyInput>
    /**
     * Filter which CompanyCreations to update
     */
    where?: CompanyCreationWhereInput
    /**
     * Limit how many CompanyCreations to update.
     */
    limit?: number
  }

  /**
   * CompanyCreation upsert
   */
  export type CompanyCreationUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CompanyCreation
     */
    select?: CompanyCreationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CompanyCreation
     */
    omit?: CompanyCreationOmit<ExtArgs> | null
    /**
     * The filter to search for the CompanyCreation to update in case it exists.
     */
    where: CompanyCreationWhereUniqueInput
    /**
     * In case the CompanyCreation found by the `where` argument doesn't exist, create a new CompanyCreation with this data.
     */
    create: XOR<CompanyCreationCreateInput, CompanyCreationUncheckedCreateInput>
    /**
     * In case the CompanyCreation was found with the provided `where` argument, update it with this data.
     */
    update: XOR<CompanyCreationUpdateInput, CompanyCreationUncheckedUpdateInput>
  }

  /**
   * CompanyCreation delete
   */
  export type CompanyCreationDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CompanyCreation
     */
    select?: CompanyCreationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CompanyCreation
     */
    omit?: CompanyCreationOmit<ExtArgs> | null
    /**
     * Filter which CompanyCreation to delete.
     */
    where: CompanyCreationWhereUniqueInput
  }

  /**
   * CompanyCreation deleteMany
   */
  export type CompanyCreationDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which CompanyCreations to delete
     */
    where?: CompanyCreationWhereInput
    /**
     * Limit how many CompanyCreations to delete.
     */
    limit?: number
  }

  /**
   * CompanyCreation without action
   */
  export type CompanyCreationDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CompanyCreation
     */
    select?: CompanyCreationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CompanyCreation
     */
    omit?: CompanyCreationOmit<ExtArgs> | null
  }


  /**
   * Model RateLimitBucket
   */

  export type AggregateRateLimitBucket = {
    _count: RateLimitBucketCountAggregateOutputType | null
    _avg: RateLimitBucketAvgAggregateOutputType | null
    _sum: RateLimitBucketSumAggregateOutputType | null
    _min: RateLimitBucketMinAggregateOutputType | null
    _max: RateLimitBucketMaxAggregateOutputType | null
  }

  export type RateLimitBucketAvgAggregateOutputType = {
    count: number | null
  }

  export type RateLimitBucketSumAggregateOutputType = {
    count: number | null
  }

  export type RateLimitBucketMinAggregateOutputType = {
    key: string | null
    count: number | null
    resetAt: Date | null
  }

  export type RateLimitBucketMaxAggregateOutputType = {
    key: string | null
    count: number | null
    resetAt: Date | null
  }

  export type RateLimitBucketCountAggregateOutputType = {
    key: number
    count: number
    resetAt: number
    _all: number
  }


  export type RateLimitBucketAvgAggregateInputType = {
    count?: true
  }

  export type RateLimitBucketSumAggregateInputType = {
    count?: true
  }

  export type RateLimitBucketMinAggregateInputType = {
    key?: true
    count?: true
    resetAt?: true
  }

  export type RateLimitBucketMaxAggregateInputType = {
    key?: true
    count?: true
    resetAt?: true
  }

  export type RateLimitBucketCountAggregateInputType = {
    key?: true
    count?: true
    resetAt?: true
    _all?: true
  }

  export type RateLimitBucketAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which RateLimitBucket to aggregate.
     */
    where?: RateLimitBucketWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of RateLimitBuckets to fetch.
     */
    orderBy?: RateLimitBucketOrderByWithRelationInput | RateLimitBucketOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: RateLimitBucketWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` RateLimitBuckets from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` RateLimitBuckets.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned RateLimitBuckets
    **/
    _count?: true | RateLimitBucketCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: RateLimitBucketAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: RateLimitBucketSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: RateLimitBucketMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: RateLimitBucketMaxAggregateInputType
  }

  export type GetRateLimitBucketAggregateType<T extends RateLimitBucketAggregateArgs> = {
        [P in keyof T & keyof AggregateRateLimitBucket]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateRateLimitBucket[P]>
      : GetScalarType<T[P], AggregateRateLimitBucket[P]>
  }




  export type RateLimitBucketGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: RateLimitBucketWhereInput
    orderBy?: RateLimitBucketOrderByWithAggregationInput | RateLimitBucketOrderByWithAggregationInput[]
    by: RateLimitBucketScalarFieldEnum[] | RateLimitBucketScalarFieldEnum
    having?: RateLimitBucketScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: RateLimitBucketCountAggregateInputType | true
    _avg?: RateLimitBucketAvgAggregateInputType
    _sum?: RateLimitBucketSumAggregateInputType
    _min?: RateLimitBucketMinAggregateInputType
    _max?: RateLimitBucketMaxAggregateInputType
  }

  export type RateLimitBucketGroupByOutputType = {
    key: string
    count: number
    resetAt: Date
    _count: RateLimitBucketCountAggregateOutputType | null
    _avg: RateLimitBucketAvgAggregateOutputType | null
    _sum: RateLimitBucketSumAggregateOutputType | null
    _min: RateLimitBucketMinAggregateOutputType | null
    _max: RateLimitBucketMaxAggregateOutputType | null
  }

  type GetRateLimitBucketGroupByPayload<T extends RateLimitBucketGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<RateLimitBucketGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof RateLimitBucketGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], RateLimitBucketGroupByOutputType[P]>
            : GetScalarType<T[P], RateLimitBucketGroupByOutputType[P]>
        }
      >
    >


  export type RateLimitBucketSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    key?: boolean
    count?: boolean
    resetAt?: boolean
  }, ExtArgs["result"]["rateLimitBucket"]>

  export type RateLimitBucketSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    key?: boolean
    count?: boolean
    resetAt?: boolean
  }, ExtArgs["result"]["rateLimitBucket"]>

  export type RateLimitBucketSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    key?: boolean
    count?: boolean
    resetAt?: boolean
  }, ExtArgs["result"]["rateLimitBucket"]>

  export type RateLimitBucketSelectScalar = {
    key?: boolean
    count?: boolean
    resetAt?: boolean
  }

  export type RateLimitBucketOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"key" | "count" | "resetAt", ExtArgs["result"]["rateLimitBucket"]>

  export type $RateLimitBucketPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "RateLimitBucket"
    objects: {}
    scalars: $Extensions.GetPayloadResult<{
      key: string
      count: number
      resetAt: Date
    }, ExtArgs["result"]["rateLimitBucket"]>
    composites: {}
  }

  type RateLimitBucketGetPayload<S extends boolean | null | undefined | RateLimitBucketDefaultArgs> = $Result.GetResult<Prisma.$RateLimitBucketPayload, S>

  type RateLimitBucketCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<RateLimitBucketFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: RateLimitBucketCountAggregateInputType | true
    }

  export interface RateLimitBucketDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['RateLimitBucket'], meta: { name: 'RateLimitBucket' } }
    /**
     * Find zero or one RateLimitBucket that matches the filter.
     * @param {RateLimitBucketFindUniqueArgs} args - Arguments to find a RateLimitBucket
     * @example
     * // Get one RateLimitBucket
     * const rateLimitBucket = await prisma.rateLimitBucket.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends RateLimitBucketFindUniqueArgs>(args: SelectSubset<T, RateLimitBucketFindUniqueArgs<ExtArgs>>): Prisma__RateLimitBucketClient<$Result.GetResult<Prisma.$RateLimitBucketPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one RateLimitBucket that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {RateLimitBucketFindUniqueOrThrowArgs} args - Arguments to find a RateLimitBucket
     * @example
     * // Get one RateLimitBucket
     * const rateLimitBucket = await prisma.rateLimitBucket.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends RateLimitBucketFindUniqueOrThrowArgs>(args: SelectSubset<T, RateLimitBucketFindUniqueOrThrowArgs<ExtArgs>>): Prisma__RateLimitBucketClient<$Result.GetResult<Prisma.$RateLimitBucketPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first RateLimitBucket that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RateLimitBucketFindFirstArgs} args - Arguments to find a RateLimitBucket
     * @example
     * // Get one RateLimitBucket
     * const rateLimitBucket = await prisma.rateLimitBucket.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends RateLimitBucketFindFirstArgs>(args?: SelectSubset<T, RateLimitBucketFindFirstArgs<ExtArgs>>): Prisma__RateLimitBucketClient<$Result.GetResult<Prisma.$RateLimitBucketPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first RateLimitBucket that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RateLimitBucketFindFirstOrThrowArgs} args - Arguments to find a RateLimitBucket
     * @example
     * // Get one RateLimitBucket
     * const rateLimitBucket = await prisma.rateLimitBucket.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends RateLimitBucketFindFirstOrThrowArgs>(args?: SelectSubset<T, RateLimitBucketFindFirstOrThrowArgs<ExtArgs>>): Prisma__RateLimitBucketClient<$Result.GetResult<Prisma.$RateLimitBucketPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more RateLimitBuckets that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RateLimitBucketFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all RateLimitBuckets
     * const rateLimitBuckets = await prisma.rateLimitBucket.findMany()
     * 
     * // Get first 10 RateLimitBuckets
     * const rateLimitBuckets = await prisma.rateLimitBucket.findMany({ take: 10 })
     * 
     * // Only select the `key`
     * const rateLimitBucketWithKeyOnly = await prisma.rateLimitBucket.findMany({ select: { key: true } })
     * 
     */
    findMany<T extends RateLimitBucketFindManyArgs>(args?: SelectSubset<T, RateLimitBucketFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RateLimitBucketPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a RateLimitBucket.
     * @param {RateLimitBucketCreateArgs} args - Arguments to create a RateLimitBucket.
     * @example
     * // Create one RateLimitBucket
     * const RateLimitBucket = await prisma.rateLimitBucket.create({
     *   data: {
     *     // ... data to create a RateLimitBucket
     *   }
     * })
     * 
     */
    create<T extends RateLimitBucketCreateArgs>(args: SelectSubset<T, RateLimitBucketCreateArgs<ExtArgs>>): Prisma__RateLimitBucketClient<$Result.GetResult<Prisma.$RateLimitBucketPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many RateLimitBuckets.
     * @param {RateLimitBucketCreateManyArgs} args - Arguments to create many RateLimitBuckets.
     * @example
     * // Create many RateLimitBuckets
     * const rateLimitBucket = await prisma.rateLimitBucket.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends RateLimitBucketCreateManyArgs>(args?: SelectSubset<T, RateLimitBucketCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many RateLimitBuckets and returns the data saved in the database.
     * @param {RateLimitBucketCreateManyAndReturnArgs} args - Arguments to create many RateLimitBuckets.
     * @example
     * // Create many RateLimitBuckets
     * const rateLimitBucket = await prisma.rateLimitBucket.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many RateLimitBuckets and only return the `key`
     * const rateLimitBucketWithKeyOnly = await prisma.rateLimitBucket.createManyAndReturn({
     *   select: { key: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends RateLimitBucketCreateManyAndReturnArgs>(args?: SelectSubset<T, RateLimitBucketCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RateLimitBucketPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a RateLimitBucket.
     * @param {RateLimitBucketDeleteArgs} args - Arguments to delete one RateLimitBucket.
     * @example
     * // Delete one RateLimitBucket
     * const RateLimitBucket = await prisma.rateLimitBucket.delete({
     *   where: {
     *     // ... filter to delete one RateLimitBucket
     *   }
     * })
     * 
     */
    delete<T extends RateLimitBucketDeleteArgs>(args: SelectSubset<T, RateLimitBucketDeleteArgs<ExtArgs>>): Prisma__RateLimitBucketClient<$Result.GetResult<Prisma.$RateLimitBucketPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one RateLimitBucket.
     * @param {RateLimitBucketUpdateArgs} args - Arguments to update one RateLimitBucket.
     * @example
     * // Update one RateLimitBucket
     * const rateLimitBucket = await prisma.rateLimitBucket.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends RateLimitBucketUpdateArgs>(args: SelectSubset<T, RateLimitBucketUpdateArgs<ExtArgs>>): Prisma__RateLimitBucketClient<$Result.GetResult<Prisma.$RateLimitBucketPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more RateLimitBuckets.
     * @param {RateLimitBucketDeleteManyArgs} args - Arguments to filter RateLimitBuckets to delete.
     * @example
     * // Delete a few RateLimitBuckets
     * const { count } = await prisma.rateLimitBucket.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends RateLimitBucketDeleteManyArgs>(args?: SelectSubset<T, RateLimitBucketDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more RateLimitBuckets.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RateLimitBucketUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many RateLimitBuckets
     * const rateLimitBucket = await prisma.rateLimitBucket.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends RateLimitBucketUpdateManyArgs>(args: SelectSubset<T, RateLimitBucketUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more RateLimitBuckets and returns the data updated in the database.
     * @param {RateLimitBucketUpdateManyAndReturnArgs} args - Arguments to update many RateLimitBuckets.
     * @example
     * // Update many RateLimitBuckets
     * const rateLimitBucket = await prisma.rateLimitBucket.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more RateLimitBuckets and only return the `key`
     * const rateLimitBucketWithKeyOnly = await prisma.rateLimitBucket.updateManyAndReturn({
     *   select: { key: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends RateLimitBucketUpdateManyAndReturnArgs>(args: SelectSubset<T, RateLimitBucketUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RateLimitBucketPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one RateLimitBucket.
     * @param {RateLimitBucketUpsertArgs} args - Arguments to update or create a RateLimitBucket.
     * @example
     * // Update or create a RateLimitBucket
     * const rateLimitBucket = await prisma.rateLimitBucket.upsert({
     *   create: {
     *     // ... data to create a RateLimitBucket
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the RateLimitBucket we want to update
     *   }
     * })
     */
    upsert<T extends RateLimitBucketUpsertArgs>(args: SelectSubset<T, RateLimitBucketUpsertArgs<ExtArgs>>): Prisma__RateLimitBucketClient<$Result.GetResult<Prisma.$RateLimitBucketPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of RateLimitBuckets.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RateLimitBucketCountArgs} args - Arguments to filter RateLimitBuckets to count.
     * @example
     * // Count the number of RateLimitBuckets
     * const count = await prisma.rateLimitBucket.count({
     *   where: {
     *     // ... the filter for the RateLimitBuckets we want to count
     *   }
     * })
    **/
    count<T extends RateLimitBucketCountArgs>(
      args?: Subset<T, RateLimitBucketCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], RateLimitBucketCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a RateLimitBucket.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RateLimitBucketAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends RateLimitBucketAggregateArgs>(args: Subset<T, RateLimitBucketAggregateArgs>): Prisma.PrismaPromise<GetRateLimitBucketAggregateType<T>>

    /**
     * Group by RateLimitBucket.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RateLimitBucketGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends RateLimitBucketGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: RateLimitBucketGroupByArgs['orderBy'] }
        : { orderBy?: RateLimitBucketGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, RateLimitBucketGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetRateLimitBucketGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the RateLimitBucket model
   */
  readonly fields: RateLimitBucketFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for RateLimitBucket.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__RateLimitBucketClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the RateLimitBucket model
   */
  interface RateLimitBucketFieldRefs {
    readonly key: FieldRef<"RateLimitBucket", 'String'>
    readonly count: FieldRef<"RateLimitBucket", 'Int'>
    readonly resetAt: FieldRef<"RateLimitBucket", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * RateLimitBucket findUnique
   */
  export type RateLimitBucketFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RateLimitBucket
     */
    select?: RateLimitBucketSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RateLimitBucket
     */
    omit?: RateLimitBucketOmit<ExtArgs> | null
    /**
     * Filter, which RateLimitBucket to fetch.
     */
    where: RateLimitBucketWhereUniqueInput
  }

  /**
   * RateLimitBucket findUniqueOrThrow
   */
  export type RateLimitBucketFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RateLimitBucket
     */
    select?: RateLimitBucketSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RateLimitBucket
     */
    omit?: RateLimitBucketOmit<ExtArgs> | null
    /**
     * Filter, which RateLimitBucket to fetch.
     */
    where: RateLimitBucketWhereUniqueInput
  }

  /**
   * RateLimitBucket findFirst
   */
  export type RateLimitBucketFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RateLimitBucket
     */
    select?: RateLimitBucketSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RateLimitBucket
     */
    omit?: RateLimitBucketOmit<ExtArgs> | null
    /**
     * Filter, which RateLimitBucket to fetch.
     */
    where?: RateLimitBucketWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of RateLimitBuckets to fetch.
     */
    orderBy?: RateLimitBucketOrderByWithRelationInput | RateLimitBucketOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for RateLimitBuckets.
     */
    cursor?: RateLimitBucketWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` RateLimitBuckets from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` RateLimitBuckets.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of RateLimitBuckets.
     */
    distinct?: RateLimitBucketScalarFieldEnum | RateLimitBucketScalarFieldEnum[]
  }

  /**
   * RateLimitBucket findFirstOrThrow
   */
  export type RateLimitBucketFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RateLimitBucket
     */
    select?: RateLimitBucketSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RateLimitBucket
     */
    omit?: RateLimitBucketOmit<ExtArgs> | null
    /**
     * Filter, which RateLimitBucket to fetch.
     */
    where?: RateLimitBucketWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of RateLimitBuckets to fetch.
     */
    orderBy?: RateLimitBucketOrderByWithRelationInput | RateLimitBucketOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for RateLimitBuckets.
     */
    cursor?: RateLimitBucketWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` RateLimitBuckets from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` RateLimitBuckets.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of RateLimitBuckets.
     */
    distinct?: RateLimitBucketScalarFieldEnum | RateLimitBucketScalarFieldEnum[]
  }

  /**
   * RateLimitBucket findMany
   */
  export type RateLimitBucketFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RateLimitBucket
     */
    select?: RateLimitBucketSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RateLimitBucket
     */
    omit?: RateLimitBucketOmit<ExtArgs> | null
    /**
     * Filter, which RateLimitBuckets to fetch.
     */
    where?: RateLimitBucketWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of RateLimitBuckets to fetch.
     */
    orderBy?: RateLimitBucketOrderByWithRelationInput | RateLimitBucketOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing RateLimitBuckets.
     */
    cursor?: RateLimitBucketWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` RateLimitBuckets from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` RateLimitBuckets.
     */
    skip?: number
    distinct?: RateLimitBucketScalarFieldEnum | RateLimitBucketScalarFieldEnum[]
  }

  /**
   * RateLimitBucket create
   */
  export type RateLimitBucketCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RateLimitBucket
     */
    select?: RateLimitBucketSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RateLimitBucket
     */
    omit?: RateLimitBucketOmit<ExtArgs> | null
    /**
     * The data needed to create a RateLimitBucket.
     */
    data: XOR<RateLimitBucketCreateInput, RateLimitBucketUncheckedCreateInput>
  }

  /**
   * RateLimitBucket createMany
   */
  export type RateLimitBucketCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many RateLimitBuckets.
     */
    data: RateLimitBucketCreateManyInput | RateLimitBucketCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * RateLimitBucket createManyAndReturn
   */
  export type RateLimitBucketCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RateLimitBucket
     */
    select?: RateLimitBucketSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the RateLimitBucket
     */
    omit?: RateLimitBucketOmit<ExtArgs> | null
    /**
     * The data used to create many RateLimitBuckets.
     */
    data: RateLimitBucketCreateManyInput | RateLimitBucketCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * RateLimitBucket update
   */
  export type RateLimitBucketUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RateLimitBucket
     */
    select?: RateLimitBucketSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RateLimitBucket
     */
    omit?: RateLimitBucketOmit<ExtArgs> | null
    /**
     * The data needed to update a RateLimitBucket.
     */
    data: XOR<RateLimitBucketUpdateInput, RateLimitBucketUncheckedUpdateInput>
    /**
     * Choose, which RateLimitBucket to update.
     */
    where: RateLimitBucketWhereUniqueInput
  }

  /**
   * RateLimitBucket updateMany
   */
  export type RateLimitBucketUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update RateLimitBuckets.
     */
    data: XOR<RateLimitBucketUpdateManyMutationInput, RateLimitBucketUncheckedUpdateManyInput>
    /**
     * Filter which RateLimitBuckets to update
     */
    where?: RateLimitBucketWhereInput
    /**
     * Limit how many RateLimitBuckets to update.
     */
    limit?: number
  }

  /**
   * RateLimitBucket updateManyAndReturn
   */
  export type RateLimitBucketUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RateLimitBucket
     */
    select?: RateLimitBucketSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the RateLimitBucket
     */
    omit?: RateLimitBucketOmit<ExtArgs> | null
    /**
     * The data used to update RateLimitBuckets.
     */
    data: XOR<RateLimitBucketUpdateManyMutationInput, RateLimitBucketUncheckedUpdateManyInput>
    /**
     * Filter which RateLimitBuckets to update
     */
    where?: RateLimitBucketWhereInput
    /**
     * Limit how many RateLimitBuckets to update.
     */
    limit?: number
  }

  /**
   * RateLimitBucket upsert
   */
  export type RateLimitBucketUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RateLimitBucket
     */
    select?: RateLimitBucketSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RateLimitBucket
     */
    omit?: RateLimitBucketOmit<ExtArgs> | null
    /**
     * The filter to search for the RateLimitBucket to update in case it exists.
     */
    where: RateLimitBucketWhereUniqueInput
    /**
     * In case the RateLimitBucket found by the `where` argument doesn't exist, create a new RateLimitBucket with this data.
     */
    create: XOR<RateLimitBucketCreateInput, RateLimitBucketUncheckedCreateInput>
    /**
     * In case the RateLimitBucket was found with the provided `where` argument, update it with this data.
     */
    update: XOR<RateLimitBucketUpdateInput, RateLimitBucketUncheckedUpdateInput>
  }

  /**
   * RateLimitBucket delete
   */
  export type RateLimitBucketDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RateLimitBucket
     */
    select?: RateLimitBucketSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RateLimitBucket
     */
    omit?: RateLimitBucketOmit<ExtArgs> | null
    /**
     * Filter which RateLimitBucket to delete.
     */
    where: RateLimitBucketWhereUniqueInput
  }

  /**
   * RateLimitBucket deleteMany
   */
  export type RateLimitBucketDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which RateLimitBuckets to delete
     */
    where?: RateLimitBucketWhereInput
    /**
     * Limit how many RateLimitBuckets to delete.
     */
    limit?: number
  }

  /**
   * RateLimitBucket without action
   */
  export type RateLimitBucketDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RateLimitBucket
     */
    select?: RateLimitBucketSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RateLimitBucket
     */
    omit?: RateLimitBucketOmit<ExtArgs> | null
  }


  /**
   * Enums
   */

  export const TransactionIsolationLevel: {
    ReadUncommitted: 'ReadUncommitted',
    ReadCommitted: 'ReadCommitted',
    RepeatableRead: 'RepeatableRead',
    Serializable: 'Serializable'
  };

  export type TransactionIsolationLevel = (typeof TransactionIsolationLevel)[keyof typeof TransactionIsolationLevel]


  export const ConnectionScalarFieldEnum: {
    id: 'id',
    environment: 'environment',
    remoteCompanyId: 'remoteCompanyId',
    companyName: 'companyName',
    remoteUserId: 'remoteUserId',
    externalId: 'externalId',
    status: 'status',
    source: 'source',
    scope: 'scope',
    refreshTokenEnc: 'refreshTokenEnc',
    accessTokenEnc: 'accessTokenEnc',
    accessTokenExpiresAt: 'accessTokenExpiresAt',
    leaseOwner: 'leaseOwner',
    leaseExpiresAt: 'leaseExpiresAt',
    tokenVersion: 'tokenVersion',
    consecutiveFailures: 'consecutiveFailures',
    retryNotBefore: 'retryNotBefore',
    lastRefreshAt: 'lastRefreshAt',
    lastErrorCode: 'lastErrorCode',
    lastErrorMessage: 'lastErrorMessage',
    lastErrorAt: 'lastErrorAt',
    connectedAt: 'connectedAt',
    connectedBy: 'connectedBy',
    disconnectedAt: 'disconnectedAt',
    createdAt: 'createdAt',
    updatedAt: 'updatedAt'
  };

  export type ConnectionScalarFieldEnum = (typeof ConnectionScalarFieldEnum)[keyof typeof ConnectionScalarFieldEnum]


  export const PartnerTokenScalarFieldEnum: {
    id: 'id',
    accessTokenEnc: 'accessTokenEnc',
    expiresAt: 'expiresAt',
    leaseOwner: 'leaseOwner',
    leaseExpiresAt: 'leaseExpiresAt',
    tokenVersion: 'tokenVersion',
    retryNotBefore: 'retryNotBefore',
    lastErrorCode: 'lastErrorCode',
    lastErrorMessage: 'lastErrorMessage',
    lastErrorAt: 'lastErrorAt',
    updatedAt: 'updatedAt'
  };

  export type PartnerTokenScalarFieldEnum = (typeof PartnerTokenScalarFieldEnum)[keyof typeof PartnerTokenScalarFieldEnum]


  export const PendingAuthorizationScalarFieldEnum: {
    id: 'id',
    stateHash: 'stateHash',
    browserHash: 'browserHash',
    codeVerifierEnc: 'codeVerifierEnc',
    connectLinkId: 'connectLinkId',
    returnTo: 'returnTo',
    createdAt: 'createdAt',
    expiresAt: 'expiresAt',
    consumedAt: 'consumedAt'
  };

  export type PendingAuthorizationScalarFieldEnum = (typeof PendingAuthorizationScalarFieldEnum)[keyof typeof PendingAuthorizationScalarFieldEnum]


  export const ConnectLinkScalarFieldEnum: {
    id: 'id',
    tokenHash: 'tokenHash',
    externalId: 'externalId',
    note: 'note',
    createdBy: 'createdBy',
    createdAt: 'createdAt',
    expiresAt: 'expiresAt',
    usedAt: 'usedAt',
    revokedAt: 'revokedAt',
    connectionId: 'connectionId'
  };

  export type ConnectLinkScalarFieldEnum = (typeof ConnectLinkScalarFieldEnum)[keyof typeof ConnectLinkScalarFieldEnum]


  export const StaffUserScalarFieldEnum: {
    id: 'id',
    email: 'email',
    name: 'name',
    passwordHash: 'passwordHash',
    role: 'role',
    createdAt: 'createdAt',
    updatedAt: 'updatedAt',
    lastSignInAt: 'lastSignInAt',
    disabledAt: 'disabledAt'
  };

  export type StaffUserScalarFieldEnum = (typeof StaffUserScalarFieldEnum)[keyof typeof StaffUserScalarFieldEnum]


  export const ApiKeyScalarFieldEnum: {
    id: 'id',
    name: 'name',
    prefix: 'prefix',
    keyHash: 'keyHash',
    createdBy: 'createdBy',
    createdAt: 'createdAt',
    lastUsedAt: 'lastUsedAt',
    revokedAt: 'revokedAt'
  };

  export type ApiKeyScalarFieldEnum = (typeof ApiKeyScalarFieldEnum)[keyof typeof ApiKeyScalarFieldEnum]


  export const AuditEventScalarFieldEnum: {
    id: 'id',
    type: 'type',
    connectionId: 'connectionId',
    actorType: 'actorType',
    actorId: 'actorId',
    actorLabel: 'actorLabel',
    message: 'message',
    metadata: 'metadata',
    createdAt: 'createdAt'
  };

  export type AuditEventScalarFieldEnum = (typeof AuditEventScalarFieldEnum)[keyof typeof AuditEventScalarFieldEnum]


  export const CompanyCreationScalarFieldEnum: {
    id: 'id',
    idempotencyKey: 'idempotencyKey',
    status: 'status',
    requestHash: 'requestHash',
    remoteCompanyId: 'remoteCompanyId',
    connectionId: 'connectionId',
    errorCode: 'errorCode',
    createdBy: 'createdBy',
    createdAt: 'createdAt',
    updatedAt: 'updatedAt'
  };

  export type CompanyCreationScalarFieldEnum = (typeof CompanyCreationScalarFieldEnum)[keyof typeof CompanyCreationScalarFieldEnum]


  export const RateLimitBucketScalarFieldEnum: {
    key: 'key',
    count: 'count',
    resetAt: 'resetAt'
  };

  export type RateLimitBucketScalarFieldEnum = (typeof RateLimitBucketScalarFieldEnum)[keyof typeof RateLimitBucketScalarFieldEnum]


  export const SortOrder: {
    asc: 'asc',
    desc: 'desc'
  };

  export type SortOrder = (typeof SortOrder)[keyof typeof SortOrder]


  export const QueryMode: {
    default: 'default',
    insensitive: 'insensitive'
  };

  export type QueryMode = (typeof QueryMode)[keyof typeof QueryMode]


  export const NullsOrder: {
    first: 'first',
    last: 'last'
  };

  export type NullsOrder = (typeof NullsOrder)[keyof typeof NullsOrder]


  /**
   * Field references
   */


  /**
   * Reference to a field of type 'String'
   */
  export type StringFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'String'>
    


  /**
   * Reference to a field of type 'String[]'
   */
  export type ListStringFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'String[]'>
    


  /**
   * Reference to a field of type 'DateTime'
   */
  export type DateTimeFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'DateTime'>
    


  /**
   * Reference to a field of type 'DateTime[]'
   */
  export type ListDateTimeFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'DateTime[]'>
    


  /**
   * Reference to a field of type 'Int'
   */
  export type IntFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Int'>
    


  /**
   * Reference to a field of type 'Int[]'
   */
  export type ListIntFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Int[]'>
    


  /**
   * Reference to a field of type 'Float'
   */
  export type FloatFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Float'>
    


  /**
   * Reference to a field of type 'Float[]'
   */
  export type ListFloatFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Float[]'>
    
  /**
   * Deep Input Types
   */


  export type ConnectionWhereInput = {
    AND?: ConnectionWhereInput | ConnectionWhereInput[]
    OR?: ConnectionWhereInput[]
    NOT?: ConnectionWhereInput | ConnectionWhereInput[]
    id?: StringFilter<"Connection"> | string
    environment?: StringFilter<"Connection"> | string
    remoteCompanyId?: StringFilter<"Connection"> | string
    companyName?: StringFilter<"Connection"> | string
    remoteUserId?: StringNullableFilter<"Connection"> | string | null
    externalId?: StringNullableFilter<"Connection"> | string | null
    status?: StringFilter<"Connection"> | string
    source?: StringFilter<"Connection"> | string
    scope?: StringNullableFilter<"Connection"> | string | null
    refreshTokenEnc?: StringNullableFilter<"Connection"> | string | null
    accessTokenEnc?: StringNullableFilter<"Connection"> | string | null
    accessTokenExpiresAt?: DateTimeNullableFilter<"Connection"> | Date | string | null
    leaseOwner?: StringNullableFilter<"Connection"> | string | null
    leaseExpiresAt?: DateTimeNullableFilter<"Connection"> | Date | string | null
    tokenVersion?: IntFilter<"Connection"> | number
    consecutiveFailures?: IntFilter<"Connection"> | number
    retryNotBefore?: DateTimeNullableFilter<"Connection"> | Date | string | null
    lastRefreshAt?: DateTimeNullableFilter<"Connection"> | Date | string | null
    lastErrorCode?: StringNullableFilter<"Connection"> | string | null
    lastErrorMessage?: StringNullableFilter<"Connection"> | string | null
    lastErrorAt?: DateTimeNullableFilter<"Connection"> | Date | string | null
    connectedAt?: DateTimeFilter<"Connection"> | Date | string
    connectedBy?: StringNullableFilter<"Connection"> | string | null
    disconnectedAt?: DateTimeNullableFilter<"Connection"> | Date | string | null
    createdAt?: DateTimeFilter<"Connection"> | Date | string
    updatedAt?: DateTimeFilter<"Connection"> | Date | string
    auditEvents?: AuditEventListRelationFilter
    connectLinks?: ConnectLinkListRelationFilter
  }

  export type ConnectionOrderByWithRelationInput = {
    id?: SortOrder
    environment?: SortOrder
    remoteCompanyId?: SortOrder
    companyName?: SortOrder
    remoteUserId?: SortOrderInput | SortOrder
    externalId?: SortOrderInput | SortOrder
    status?: SortOrder
    source?: SortOrder
    scope?: SortOrderInput | SortOrder
    refreshTokenEnc?: SortOrderInput | SortOrder
    accessTokenEnc?: SortOrderInput | SortOrder
    accessTokenExpiresAt?: SortOrderInput | SortOrder
    leaseOwner?: SortOrderInput | SortOrder
    leaseExpiresAt?: SortOrderInput | SortOrder
    tokenVersion?: SortOrder
    consecutiveFailures?: SortOrder
    retryNotBefore?: SortOrderInput | SortOrder
    lastRefreshAt?: SortOrderInput | SortOrder
    lastErrorCode?: SortOrderInput | SortOrder
    lastErrorMessage?: SortOrderInput | SortOrder
    lastErrorAt?: SortOrderInput | SortOrder
    connectedAt?: SortOrder
    connectedBy?: SortOrderInput | SortOrder
    disconnectedAt?: SortOrderInput | SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
    auditEvents?: AuditEventOrderByRelationAggregateInput
    connectLinks?: ConnectLinkOrderByRelationAggregateInput
  }

  export type ConnectionWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    environment_remoteCompanyId?: ConnectionEnvironmentRemoteCompanyIdCompoundUniqueInput
    AND?: ConnectionWhereInput | ConnectionWhereInput[]
    OR?: ConnectionWhereInput[]
    NOT?: ConnectionWhereInput | ConnectionWhereInput[]
    environment?: StringFilter<"Connection"> | string
    remoteCompanyId?: StringFilter<"Connection"> | string
    companyName?: StringFilter<"Connection"> | string
    remoteUserId?: StringNullableFilter<"Connection"> | string | null
    externalId?: StringNullableFilter<"Connection"> | string | null
    status?: StringFilter<"Connection"> | string
    source?: StringFilter<"Connection"> | string
    scope?: StringNullableFilter<"Connection"> | string | null
    refreshTokenEnc?: StringNullableFilter<"Connection"> | string | null
    accessTokenEnc?: StringNullableFilter<"Connection"> | string | null
    accessTokenExpiresAt?: DateTimeNullableFilter<"Connection"> | Date | string | null
    leaseOwner?: StringNullableFilter<"Connection"> | string | null
    leaseExpiresAt?: DateTimeNullableFilter<"Connection"> | Date | string | null
    tokenVersion?: IntFilter<"Connection"> | number
    consecutiveFailures?: IntFilter<"Connection"> | number
    retryNotBefore?: DateTimeNullableFilter<"Connection"> | Date | string | null
    lastRefreshAt?: DateTimeNullableFilter<"Connection"> | Date | string | null
    lastErrorCode?: StringNullableFilter<"Connection"> | string | null
    lastErrorMessage?: StringNullableFilter<"Connection"> | string | null
    lastErrorAt?: DateTimeNullableFilter<"Connection"> | Date | string | null
    connectedAt?: DateTimeFilter<"Connection"> | Date | string
    connectedBy?: StringNullableFilter<"Connection"> | string | null
    disconnectedAt?: DateTimeNullableFilter<"Connection"> | Date | string | null
    createdAt?: DateTimeFilter<"Connection"> | Date | string
    updatedAt?: DateTimeFilter<"Connection"> | Date | string
    auditEvents?: AuditEventListRelationFilter
    connectLinks?: ConnectLinkListRelationFilter
  }, "id" | "environment_remoteCompanyId">

  export type ConnectionOrderByWithAggregationInput = {
    id?: SortOrder
    environment?: SortOrder
    remoteCompanyId?: SortOrder
    companyName?: SortOrder
    remoteUserId?: SortOrderInput | SortOrder
    externalId?: SortOrderInput | SortOrder
    status?: SortOrder
    source?: SortOrder
    scope?: SortOrderInput | SortOrder
    refreshTokenEnc?: SortOrderInput | SortOrder
    accessTokenEnc?: SortOrderInput | SortOrder
    accessTokenExpiresAt?: SortOrderInput | SortOrder
    leaseOwner?: SortOrderInput | SortOrder
    leaseExpiresAt?: SortOrderInput | SortOrder
    tokenVersion?: SortOrder
    consecutiveFailures?: SortOrder
    retryNotBefore?: SortOrderInput | SortOrder
    lastRefreshAt?: SortOrderInput | SortOrder
    lastErrorCode?: SortOrderInput | SortOrder
    lastErrorMessage?: SortOrderInput | SortOrder
    lastErrorAt?: SortOrderInput | SortOrder
    connectedAt?: SortOrder
    connectedBy?: SortOrderInput | SortOrder
    disconnectedAt?: SortOrderInput | SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
    _count?: ConnectionCountOrderByAggregateInput
    _avg?: ConnectionAvgOrderByAggregateInput
    _max?: ConnectionMaxOrderByAggregateInput
    _min?: ConnectionMinOrderByAggregateInput
    _sum?: ConnectionSumOrderByAggregateInput
  }

  export type ConnectionScalarWhereWithAggregatesInput = {
    AND?: ConnectionScalarWhereWithAggregatesInput | ConnectionScalarWhereWithAggregatesInput[]
    OR?: ConnectionScalarWhereWithAggregatesInput[]
    NOT?: ConnectionScalarWhereWithAggregatesInput | ConnectionScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"Connection"> | string
    environment?: StringWithAggregatesFilter<"Connection"> | string
    remoteCompanyId?: StringWithAggregatesFilter<"Connection"> | string
    companyName?: StringWithAggregatesFilter<"Connection"> | string
    remoteUserId?: StringNullableWithAggregatesFilter<"Connection"> | string | null
    externalId?: StringNullableWithAggregatesFilter<"Connection"> | string | null
    status?: StringWithAggregatesFilter<"Connection"> | string
    source?: StringWithAggregatesFilter<"Connection"> | string
    scope?: StringNullableWithAggregatesFilter<"Connection"> | string | null
    refreshTokenEnc?: StringNullableWithAggregatesFilter<"Connection"> | string | null
    accessTokenEnc?: StringNullableWithAggregatesFilter<"Connection"> | string | null
    accessTokenExpiresAt?: DateTimeNullableWithAggregatesFilter<"Connection"> | Date | string | null
    leaseOwner?: StringNullableWithAggregatesFilter<"Connection"> | string | null
    leaseExpiresAt?: DateTimeNullableWithAggregatesFilter<"Connection"> | Date | string | null
    tokenVersion?: IntWithAggregatesFilter<"Connection"> | number
    consecutiveFailures?: IntWithAggregatesFilter<"Connection"> | number
    retryNotBefore?: DateTimeNullableWithAggregatesFilter<"Connection"> | Date | string | null
    lastRefreshAt?: DateTimeNullableWithAggregatesFilter<"Connection"> | Date | string | null
    lastErrorCode?: StringNullableWithAggregatesFilter<"Connection"> | string | null
    lastErrorMessage?: StringNullableWithAggregatesFilter<"Connection"> | string | null
    lastErrorAt?: DateTimeNullableWithAggregatesFilter<"Connection"> | Date | string | null
    connectedAt?: DateTimeWithAggregatesFilter<"Connection"> | Date | string
    connectedBy?: StringNullableWithAggregatesFilter<"Connection"> | string | null
    disconnectedAt?: DateTimeNullableWithAggregatesFilter<"Connection"> | Date | string | null
    createdAt?: DateTimeWithAggregatesFilter<"Connection"> | Date | string
    updatedAt?: DateTimeWithAggregatesFilter<"Connection"> | Date | string
  }

  export type PartnerTokenWhereInput = {
    AND?: PartnerTokenWhereInput | PartnerTokenWhereInput[]
    OR?: PartnerTokenWhereInput[]
    NOT?: PartnerTokenWhereInput | PartnerTokenWhereInput[]
    id?: StringFilter<"PartnerToken"> | string
    accessTokenEnc?: StringNullableFilter<"PartnerToken"> | string | null
    expiresAt?: DateTimeNullableFilter<"PartnerToken"> | Date | string | null
    leaseOwner?: StringNullableFilter<"PartnerToken"> | string | null
    leaseExpiresAt?: DateTimeNullableFilter<"PartnerToken"> | Date | string | null
    tokenVersion?: IntFilter<"PartnerToken"> | number
    retryNotBefore?: DateTimeNullableFilter<"PartnerToken"> | Date | string | null
    lastErrorCode?: StringNullableFilter<"PartnerToken"> | string | null
    lastErrorMessage?: StringNullableFilter<"PartnerToken"> | string | null
    lastErrorAt?: DateTimeNullableFilter<"PartnerToken"> | Date | string | null
    updatedAt?: DateTimeFilter<"PartnerToken"> | Date | string
  }

  export type PartnerTokenOrderByWithRelationInput = {
    id?: SortOrder
    accessTokenEnc?: SortOrderInput | SortOrder
    expiresAt?: SortOrderInput | SortOrder
    leaseOwner?: SortOrderInput | SortOrder
    leaseExpiresAt?: SortOrderInput | SortOrder
    tokenVersion?: SortOrder
    retryNotBefore?: SortOrderInput | SortOrder
    lastErrorCode?: SortOrderInput | SortOrder
    lastErrorMessage?: SortOrderInput | SortOrder
    lastErrorAt?: SortOrderInput | SortOrder
    updatedAt?: SortOrder
  }

  export type PartnerTokenWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    AND?: PartnerTokenWhereInput | PartnerTokenWhereInput[]
    OR?: PartnerTokenWhereInput[]
    NOT?: PartnerTokenWhereInput | PartnerTokenWhereInput[]
    accessTokenEnc?: StringNullableFilter<"PartnerToken"> | string | null
    expiresAt?: DateTimeNullableFilter<"PartnerToken"> | Date | string | null
    leaseOwner?: StringNullableFilter<"PartnerToken"> | string | null
    leaseExpiresAt?: DateTimeNullableFilter<"PartnerToken"> | Date | string | null
    tokenVersion?: IntFilter<"PartnerToken"> | number
    retryNotBefore?: DateTimeNullableFilter<"PartnerToken"> | Date | string | null
    lastErrorCode?: StringNullableFilter<"PartnerToken"> | string | null
    lastErrorMessage?: StringNullableFilter<"PartnerToken"> | string | null
    lastErrorAt?: DateTimeNullableFilter<"PartnerToken"> | Date | string | null
    updatedAt?: DateTimeFilter<"PartnerToken"> | Date | string
  }, "id">

  export type PartnerTokenOrderByWithAggregationInput = {
    id?: SortOrder
    accessTokenEnc?: SortOrderInput | SortOrder
    expiresAt?: SortOrderInput | SortOrder
    leaseOwner?: SortOrderInput | SortOrder
    leaseExpiresAt?: SortOrderInput | SortOrder
    tokenVersion?: SortOrder
    retryNotBefore?: SortOrderInput | SortOrder
    lastErrorCode?: SortOrderInput | SortOrder
    lastErrorMessage?: SortOrderInput | SortOrder
    lastErrorAt?: SortOrderInput | SortOrder
    updatedAt?: SortOrder
    _count?: PartnerTokenCountOrderByAggregateInput
    _avg?: PartnerTokenAvgOrderByAggregateInput
    _max?: PartnerTokenMaxOrderByAggregateInput
    _min?: PartnerTokenMinOrderByAggregateInput
    _sum?: PartnerTokenSumOrderByAggregateInput
  }

  export type PartnerTokenScalarWhereWithAggregatesInput = {
    AND?: PartnerTokenScalarWhereWithAggregatesInput | PartnerTokenScalarWhereWithAggregatesInput[]
    OR?: PartnerTokenScalarWhereWithAggregatesInput[]
    NOT?: PartnerTokenScalarWhereWithAggregatesInput | PartnerTokenScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"PartnerToken"> | string
    accessTokenEnc?: StringNullableWithAggregatesFilter<"PartnerToken"> | string | null
    expiresAt?: DateTimeNullableWithAggregatesFilter<"PartnerToken"> | Date | string | null
    leaseOwner?: StringNullableWithAggregatesFilter<"PartnerToken"> | string | null
    leaseExpiresAt?: DateTimeNullableWithAggregatesFilter<"PartnerToken"> | Date | string | null
    tokenVersion?: IntWithAggregatesFilter<"PartnerToken"> | number
    retryNotBefore?: DateTimeNullableWithAggregatesFilter<"PartnerToken"> | Date | string | null
    lastErrorCode?: StringNullableWithAggregatesFilter<"PartnerToken"> | string | null
    lastErrorMessage?: StringNullableWithAggregatesFilter<"PartnerToken"> | string | null
    lastErrorAt?: DateTimeNullableWithAggregatesFilter<"PartnerToken"> | Date | string | null
    updatedAt?: DateTimeWithAggregatesFilter<"PartnerToken"> | Date | string
  }

  export type PendingAuthorizationWhereInput = {
    AND?: PendingAuthorizationWhereInput | PendingAuthorizationWhereInput[]
    OR?: PendingAuthorizationWhereInput[]
    NOT?: PendingAuthorizationWhereInput | PendingAuthorizationWhereInput[]
    id?: StringFilter<"PendingAuthorization"> | string
    stateHash?: StringFilter<"PendingAuthorization"> | string
    browserHash?: StringFilter<"PendingAuthorization"> | string
    codeVerifierEnc?: StringFilter<"PendingAuthorization"> | string
    connectLinkId?: StringNullableFilter<"PendingAuthorization"> | string | null
    returnTo?: StringNullableFilter<"PendingAuthorization"> | string | null
    createdAt?: DateTimeFilter<"PendingAuthorization"> | Date | string
    expiresAt?: DateTimeFilter<"PendingAuthorization"> | Date | string
    consumedAt?: DateTimeNullableFilter<"PendingAuthorization"> | Date | string | null
  }

  export type PendingAuthorizationOrderByWithRelationInput = {
    id?: SortOrder
    stateHash?: SortOrder
    browserHash?: SortOrder
    codeVerifierEnc?: SortOrder
    connectLinkId?: SortOrderInput | SortOrder
    returnTo?: SortOrderInput | SortOrder
    createdAt?: SortOrder
    expiresAt?: SortOrder
    consumedAt?: SortOrderInput | SortOrder
  }

  export type PendingAuthorizationWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    stateHash?: string
    AND?: PendingAuthorizationWhereInput | PendingAuthorizationWhereInput[]
    OR?: PendingAuthorizationWhereInput[]
    NOT?: PendingAuthorizationWhereInput | PendingAuthorizationWhereInput[]
    browserHash?: StringFilter<"PendingAuthorization"> | string
    codeVerifierEnc?: StringFilter<"PendingAuthorization"> | string
    connectLinkId?: StringNullableFilter<"PendingAuthorization"> | string | null
    returnTo?: StringNullableFilter<"PendingAuthorization"> | string | null
    createdAt?: DateTimeFilter<"PendingAuthorization"> | Date | string
    expiresAt?: DateTimeFilter<"PendingAuthorization"> | Date | string
    consumedAt?: DateTimeNullableFilter<"PendingAuthorization"> | Date | string | null
  }, "id" | "stateHash">

  export type PendingAuthorizationOrderByWithAggregationInput = {
    id?: SortOrder
    stateHash?: SortOrder
    browserHash?: SortOrder
    codeVerifierEnc?: SortOrder
    connectLinkId?: SortOrderInput | SortOrder
    returnTo?: SortOrderInput | SortOrder
    createdAt?: SortOrder
    expiresAt?: SortOrder
    consumedAt?: SortOrderInput | SortOrder
    _count?: PendingAuthorizationCountOrderByAggregateInput
    _max?: PendingAuthorizationMaxOrderByAggregateInput
    _min?: PendingAuthorizationMinOrderByAggregateInput
  }

  export type PendingAuthorizationScalarWhereWithAggregatesInput = {
    AND?: PendingAuthorizationScalarWhereWithAggregatesInput | PendingAuthorizationScalarWhereWithAggregatesInput[]
    OR?: PendingAuthorizationScalarWhereWithAggregatesInput[]
    NOT?: PendingAuthorizationScalarWhereWithAggregatesInput | PendingAuthorizationScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"PendingAuthorization"> | string
    stateHash?: StringWithAggregatesFilter<"PendingAuthorization"> | string
    browserHash?: StringWithAggregatesFilter<"PendingAuthorization"> | string
    codeVerifierEnc?: StringWithAggregatesFilter<"PendingAuthorization"> | string
    connectLinkId?: StringNullableWithAggregatesFilter<"PendingAuthorization"> | string | null
    returnTo?: StringNullableWithAggregatesFilter<"PendingAuthorization"> | string | null
    createdAt?: DateTimeWithAggregatesFilter<"PendingAuthorization"> | Date | string
    expiresAt?: DateTimeWithAggregatesFilter<"PendingAuthorization"> | Date | string
    consumedAt?: DateTimeNullableWithAggregatesFilter<"PendingAuthorization"> | Date | string | null
  }

  export type ConnectLinkWhereInput = {
    AND?: ConnectLinkWhereInput | ConnectLinkWhereInput[]
    OR?: ConnectLinkWhereInput[]
    NOT?: ConnectLinkWhereInput | ConnectLinkWhereInput[]
    id?: StringFilter<"ConnectLink"> | string
    tokenHash?: StringFilter<"ConnectLink"> | string
    externalId?: StringNullableFilter<"ConnectLink"> | string | null
    note?: StringNullableFilter<"ConnectLink"> | string | null
    createdBy?: StringNullableFilter<"ConnectLink"> | string | null
    createdAt?: DateTimeFilter<"ConnectLink"> | Date | string
    expiresAt?: DateTimeFilter<"ConnectLink"> | Date | string
    usedAt?: DateTimeNullableFilter<"ConnectLink"> | Date | string | null
    revokedAt?: DateTimeNullableFilter<"ConnectLink"> | Date | string | null
    connectionId?: StringNullableFilter<"ConnectLink"> | string | null
    connection?: XOR<ConnectionNullableScalarRelationFilter, ConnectionWhereInput> | null
  }

  export type ConnectLinkOrderByWithRelationInput = {
    id?: SortOrder
    tokenHash?: SortOrder
    externalId?: SortOrderInput | SortOrder
    note?: SortOrderInput | SortOrder
    createdBy?: SortOrderInput | SortOrder
    createdAt?: SortOrder
    expiresAt?: SortOrder
    usedAt?: SortOrderInput | SortOrder
    revokedAt?: SortOrderInput | SortOrder
    connectionId?: SortOrderInput | SortOrder
    connection?: ConnectionOrderByWithRelationInput
  }

  export type ConnectLinkWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    tokenHash?: string
    AND?: ConnectLinkWhereInput | ConnectLinkWhereInput[]
    OR?: ConnectLinkWhereInput[]
    NOT?: ConnectLinkWhereInput | ConnectLinkWhereInput[]
    externalId?: StringNullableFilter<"ConnectLink"> | string | null
    note?: StringNullableFilter<"ConnectLink"> | string | null
    createdBy?: StringNullableFilter<"ConnectLink"> | string | null
    createdAt?: DateTimeFilter<"ConnectLink"> | Date | string
    expiresAt?: DateTimeFilter<"ConnectLink"> | Date | string
    usedAt?: DateTimeNullableFilter<"ConnectLink"> | Date | string | null
    revokedAt?: DateTimeNullableFilter<"ConnectLink"> | Date | string | null
    connectionId?: StringNullableFilter<"ConnectLink"> | string | null
    connection?: XOR<ConnectionNullableScalarRelationFilter, ConnectionWhereInput> | null
  }, "id" | "tokenHash">

  export type ConnectLinkOrderByWithAggregationInput = {
    id?: SortOrder
    tokenHash?: SortOrder
    externalId?: SortOrderInput | SortOrder
    note?: SortOrderInput | SortOrder
    createdBy?: SortOrderInput | SortOrder
    createdAt?: SortOrder
    expiresAt?: SortOrder
    usedAt?: SortOrderInput | SortOrder
    revokedAt?: SortOrderInput | SortOrder
    connectionId?: SortOrderInput | SortOrder
    _count?: ConnectLinkCountOrderByAggregateInput
    _max?: ConnectLinkMaxOrderByAggregateInput
    _min?: ConnectLinkMinOrderByAggregateInput
  }

  export type ConnectLinkScalarWhereWithAggregatesInput = {
    AND?: ConnectLinkScalarWhereWithAggregatesInput | ConnectLinkScalarWhereWithAggregatesInput[]
    OR?: ConnectLinkScalarWhereWithAggregatesInput[]
    NOT?: ConnectLinkScalarWhereWithAggregatesInput | ConnectLinkScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"ConnectLink"> | string
    tokenHash?: StringWithAggregatesFilter<"ConnectLink"> | string
    externalId?: StringNullableWithAggregatesFilter<"ConnectLink"> | string | null
    note?: StringNullableWithAggregatesFilter<"ConnectLink"> | string | null
    createdBy?: StringNullableWithAggregatesFilter<"ConnectLink"> | string | null
    createdAt?: DateTimeWithAggregatesFilter<"ConnectLink"> | Date | string
    expiresAt?: DateTimeWithAggregatesFilter<"ConnectLink"> | Date | string
    usedAt?: DateTimeNullableWithAggregatesFilter<"ConnectLink"> | Date | string | null
    revokedAt?: DateTimeNullableWithAggregatesFilter<"ConnectLink"> | Date | string | null
    connectionId?: StringNullableWithAggregatesFilter<"ConnectLink"> | string | null
  }

  export type StaffUserWhereInput = {
    AND?: StaffUserWhereInput | StaffUserWhereInput[]
    OR?: StaffUserWhereInput[]
    NOT?: StaffUserWhereInput | StaffUserWhereInput[]
    id?: StringFilter<"StaffUser"> | string
    email?: StringFilter<"StaffUser"> | string
    name?: StringNullableFilter<"StaffUser"> | string | null
    passwordHash?: StringNullableFilter<"StaffUser"> | string | null
    role?: StringFilter<"StaffUser"> | string
    createdAt?: DateTimeFilter<"StaffUser"> | Date | string
    updatedAt?: DateTimeFilter<"StaffUser"> | Date | string
    lastSignInAt?: DateTimeNullableFilter<"StaffUser"> | Date | string | null
    disabledAt?: DateTimeNullableFilter<"StaffUser"> | Date | string | null
  }

  export type StaffUserOrderByWithRelationInput = {
    id?: SortOrder
    email?: SortOrder
    name?: SortOrderInput | SortOrder
    passwordHash?: SortOrderInput | SortOrder
    role?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
    lastSignInAt?: SortOrderInput | SortOrder
    disabledAt?: SortOrderInput | SortOrder
  }

  export type StaffUserWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    email?: string
    AND?: StaffUserWhereInput | StaffUserWhereInput[]
    OR?: StaffUserWhereInput[]
    NOT?: StaffUserWhereInput | StaffUserWhereInput[]
    name?: StringNullableFilter<"StaffUser"> | string | null
    passwordHash?: StringNullableFilter<"StaffUser"> | string | null
    role?: StringFilter<"StaffUser"> | string
    createdAt?: DateTimeFilter<"StaffUser"> | Date | string
    updatedAt?: DateTimeFilter<"StaffUser"> | Date | string
    lastSignInAt?: DateTimeNullableFilter<"StaffUser"> | Date | string | null
    disabledAt?: DateTimeNullableFilter<"StaffUser"> | Date | string | null
  }, "id" | "email">

  export type StaffUserOrderByWithAggregationInput = {
    id?: SortOrder
    email?: SortOrder
    name?: SortOrderInput | SortOrder
    passwordHash?: SortOrderInput | SortOrder
    role?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
    lastSignInAt?: SortOrderInput | SortOrder
    disabledAt?: SortOrderInput | SortOrder
    _count?: StaffUserCountOrderByAggregateInput
    _max?: StaffUserMaxOrderByAggregateInput
    _min?: StaffUserMinOrderByAggregateInput
  }

  export type StaffUserScalarWhereWithAggregatesInput = {
    AND?: StaffUserScalarWhereWithAggregatesInput | StaffUserScalarWhereWithAggregatesInput[]
    OR?: StaffUserScalarWhereWithAggregatesInput[]
    NOT?: StaffUserScalarWhereWithAggregatesInput | StaffUserScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"StaffUser"> | string
    email?: StringWithAggregatesFilter<"StaffUser"> | string
    name?: StringNullableWithAggregatesFilter<"StaffUser"> | string | null
    passwordHash?: StringNullableWithAggregatesFilter<"StaffUser"> | string | null
    role?: StringWithAggregatesFilter<"StaffUser"> | string
    createdAt?: DateTimeWithAggregatesFilter<"StaffUser"> | Date | string
    updatedAt?: DateTimeWithAggregatesFilter<"StaffUser"> | Date | string
    lastSignInAt?: DateTimeNullableWithAggregatesFilter<"StaffUser"> | Date | string | null
    disabledAt?: DateTimeNullableWithAggregatesFilter<"StaffUser"> | Date | string | null
  }

  export type ApiKeyWhereInput = {
    AND?: ApiKeyWhereInput | ApiKeyWhereInput[]
    OR?: ApiKeyWhereInput[]
    NOT?: ApiKeyWhereInput | ApiKeyWhereInput[]
    id?: StringFilter<"ApiKey"> | string
    name?: StringFilter<"ApiKey"> | string
    prefix?: StringFilter<"ApiKey"> | string
    keyHash?: StringFilter<"ApiKey"> | string
    createdBy?: StringNullableFilter<"ApiKey"> | string | null
    createdAt?: DateTimeFilter<"ApiKey"> | Date | string
    lastUsedAt?: DateTimeNullableFilter<"ApiKey"> | Date | string | null
    revokedAt?: DateTimeNullableFilter<"ApiKey"> | Date | string | null
  }

  export type ApiKeyOrderByWithRelationInput = {
    id?: SortOrder
    name?: SortOrder
    prefix?: SortOrder
    keyHash?: SortOrder
    createdBy?: SortOrderInput | SortOrder
    createdAt?: SortOrder
    lastUsedAt?: SortOrderInput | SortOrder
    revokedAt?: SortOrderInput | SortOrder
  }

  export type ApiKeyWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    keyHash?: string
    AND?: ApiKeyWhereInput | ApiKeyWhereInput[]
    OR?: ApiKeyWhereInput[]
    NOT?: ApiKeyWhereInput | ApiKeyWhereInput[]
    name?: StringFilter<"ApiKey"> | string
    prefix?: StringFilter<"ApiKey"> | string
    createdBy?: StringNullableFilter<"ApiKey"> | string | null
    createdAt?: DateTimeFilter<"ApiKey"> | Date | string
    lastUsedAt?: DateTimeNullableFilter<"ApiKey"> | Date | string | null
    revokedAt?: DateTimeNullableFilter<"ApiKey"> | Date | string | null
  }, "id" | "keyHash">

  export type ApiKeyOrderByWithAggregationInput = {
    id?: SortOrder
    name?: SortOrder
    prefix?: SortOrder
    keyHash?: SortOrder
    createdBy?: SortOrderInput | SortOrder
    createdAt?: SortOrder
    lastUsedAt?: SortOrderInput | SortOrder
    revokedAt?: SortOrderInput | SortOrder
    _count?: ApiKeyCountOrderByAggregateInput
    _max?: ApiKeyMaxOrderByAggregateInput
    _min?: ApiKeyMinOrderByAggregateInput
  }

  export type ApiKeyScalarWhereWithAggregatesInput = {
    AND?: ApiKeyScalarWhereWithAggregatesInput | ApiKeyScalarWhereWithAggregatesInput[]
    OR?: ApiKeyScalarWhereWithAggregatesInput[]
    NOT?: ApiKeyScalarWhereWithAggregatesInput | ApiKeyScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"ApiKey"> | string
    name?: StringWithAggregatesFilter<"ApiKey"> | string
    prefix?: StringWithAggregatesFilter<"ApiKey"> | string
    keyHash?: StringWithAggregatesFilter<"ApiKey"> | string
    createdBy?: StringNullableWithAggregatesFilter<"ApiKey"> | string | null
    createdAt?: DateTimeWithAggregatesFilter<"ApiKey"> | Date | string
    lastUsedAt?: DateTimeNullableWithAggregatesFilter<"ApiKey"> | Date | string | null
    revokedAt?: DateTimeNullableWithAggregatesFilter<"ApiKey"> | Date | string | null
  }

  export type AuditEventWhereInput = {
    AND?: AuditEventWhereInput | AuditEventWhereInput[]
    OR?: AuditEventWhereInput[]
    NOT?: AuditEventWhereInput | AuditEventWhereInput[]
    id?: StringFilter<"AuditEvent"> | string
    type?: StringFilter<"AuditEvent"> | string
    connectionId?: StringNullableFilter<"AuditEvent"> | string | null
    actorType?: StringFilter<"AuditEvent"> | string
    actorId?: StringNullableFilter<"AuditEvent"> | string | null
    actorLabel?: StringNullableFilter<"AuditEvent"> | string | null
    message?: StringNullableFilter<"AuditEvent"> | string | null
    metadata?: StringNullableFilter<"AuditEvent"> | string | null
    createdAt?: DateTimeFilter<"AuditEvent"> | Date | string
    connection?: XOR<ConnectionNullableScalarRelationFilter, ConnectionWhereInput> | null
  }

  export type AuditEventOrderByWithRelationInput = {
    id?: SortOrder
    type?: SortOrder
    connectionId?: SortOrderInput | SortOrder
    actorType?: SortOrder
    actorId?: SortOrderInput | SortOrder
    actorLabel?: SortOrderInput | SortOrder
    message?: SortOrderInput | SortOrder
    metadata?: SortOrderInput | SortOrder
    createdAt?: SortOrder
    connection?: ConnectionOrderByWithRelationInput
  }

  export type AuditEventWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    AND?: AuditEventWhereInput | AuditEventWhereInput[]
    OR?: AuditEventWhereInput[]
    NOT?: AuditEventWhereInput | AuditEventWhereInput[]
    type?: StringFilter<"AuditEvent"> | string
    connectionId?: StringNullableFilter<"AuditEvent"> | string | null
    actorType?: StringFilter<"AuditEvent"> | string
    actorId?: StringNullableFilter<"AuditEvent"> | string | null
    actorLabel?: StringNullableFilter<"AuditEvent"> | string | null
    message?: StringNullableFilter<"AuditEvent"> | string | null
    metadata?: StringNullableFilter<"AuditEvent"> | string | null
    createdAt?: DateTimeFilter<"AuditEvent"> | Date | string
    connection?: XOR<ConnectionNullableScalarRelationFilter, ConnectionWhereInput> | null
  }, "id">

  export type AuditEventOrderByWithAggregationInput = {
    id?: SortOrder
    type?: SortOrder
    connectionId?: SortOrderInput | SortOrder
    actorType?: SortOrder
    actorId?: SortOrderInput | SortOrder
    actorLabel?: SortOrderInput | SortOrder
    message?: SortOrderInput | SortOrder
    metadata?: SortOrderInput | SortOrder
    createdAt?: SortOrder
    _count?: AuditEventCountOrderByAggregateInput
    _max?: AuditEventMaxOrderByAggregateInput
    _min?: AuditEventMinOrderByAggregateInput
  }

  export type AuditEventScalarWhereWithAggregatesInput = {
    AND?: AuditEventScalarWhereWithAggregatesInput | AuditEventScalarWhereWithAggregatesInput[]
    OR?: AuditEventScalarWhereWithAggregatesInput[]
    NOT?: AuditEventScalarWhereWithAggregatesInput | AuditEventScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"AuditEvent"> | string
    type?: StringWithAggregatesFilter<"AuditEvent"> | string
    connectionId?: StringNullableWithAggregatesFilter<"AuditEvent"> | string | null
    actorType?: StringWithAggregatesFilter<"AuditEvent"> | string
    actorId?: StringNullableWithAggregatesFilter<"AuditEvent"> | string | null
    actorLabel?: StringNullableWithAggregatesFilter<"AuditEvent"> | string | null
    message?: StringNullableWithAggregatesFilter<"AuditEvent"> | string | null
    metadata?: StringNullableWithAggregatesFilter<"AuditEvent"> | string | null
    createdAt?: DateTimeWithAggregatesFilter<"AuditEvent"> | Date | string
  }

  export type CompanyCreationWhereInput = {
    AND?: CompanyCreationWhereInput | CompanyCreationWhereInput[]
    OR?: CompanyCreationWhereInput[]
    NOT?: CompanyCreationWhereInput | CompanyCreationWhereInput[]
    id?: StringFilter<"CompanyCreation"> | string
    idempotencyKey?: StringFilter<"CompanyCreation"> | string
    status?: StringFilter<"CompanyCreation"> | string
    requestHash?: StringFilter<"CompanyCreation"> | string
    remoteCompanyId?: StringNullableFilter<"CompanyCreation"> | string | null
    connectionId?: StringNullableFilter<"CompanyCreation"> | string | null
    errorCode?: StringNullableFilter<"CompanyCreation"> | string | null
    createdBy?: StringNullableFilter<"CompanyCreation"> | string | null
    createdAt?: DateTimeFilter<"CompanyCreation"> | Date | string
    updatedAt?: DateTimeFilter<"CompanyCreation"> | Date | string
  }

  export type CompanyCreationOrderByWithRelationInput = {
    id?: SortOrder
    idempotencyKey?: SortOrder
    status?: SortOrder
    requestHash?: SortOrder
    remoteCompanyId?: SortOrderInput | SortOrder
    connectionId?: SortOrderInput | SortOrder
    errorCode?: SortOrderInput | SortOrder
    createdBy?: SortOrderInput | SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
  }

  export type CompanyCreationWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    idempotencyKey?: string
    AND?: CompanyCreationWhereInput | CompanyCreationWhereInput[]
    OR?: CompanyCreationWhereInput[]
    NOT?: CompanyCreationWhereInput | CompanyCreationWhereInput[]
    status?: StringFilter<"CompanyCreation"> | string
    requestHash?: StringFilter<"CompanyCreation"> | string
    remoteCompanyId?: StringNullableFilter<"CompanyCreation"> | string | null
    connectionId?: StringNullableFilter<"CompanyCreation"> | string | null
    errorCode?: StringNullableFilter<"CompanyCreation"> | string | null
    createdBy?: StringNullableFilter<"CompanyCreation"> | string | null
    createdAt?: DateTimeFilter<"CompanyCreation"> | Date | string
    updatedAt?: DateTimeFilter<"CompanyCreation"> | Date | string
  }, "id" | "idempotencyKey">

  export type CompanyCreationOrderByWithAggregationInput = {
    id?: SortOrder
    idempotencyKey?: SortOrder
    status?: SortOrder
    requestHash?: SortOrder
    remoteCompanyId?: SortOrderInput | SortOrder
    connectionId?: SortOrderInput | SortOrder
    errorCode?: SortOrderInput | SortOrder
    createdBy?: SortOrderInput | SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
    _count?: CompanyCreationCountOrderByAggregateInput
    _max?: CompanyCreationMaxOrderByAggregateInput
    _min?: CompanyCreationMinOrderByAggregateInput
  }

  export type CompanyCreationScalarWhereWithAggregatesInput = {
    AND?: CompanyCreationScalarWhereWithAggregatesInput | CompanyCreationScalarWhereWithAggregatesInput[]
    OR?: CompanyCreationScalarWhereWithAggregatesInput[]
    NOT?: CompanyCreationScalarWhereWithAggregatesInput | CompanyCreationScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"CompanyCreation"> | string
    idempotencyKey?: StringWithAggregatesFilter<"CompanyCreation"> | string
    status?: StringWithAggregatesFilter<"CompanyCreation"> | string
    requestHash?: StringWithAggregatesFilter<"CompanyCreation"> | string
    remoteCompanyId?: StringNullableWithAggregatesFilter<"CompanyCreation"> | string | null
    connectionId?: StringNullableWithAggregatesFilter<"CompanyCreation"> | string | null
    errorCode?: StringNullableWithAggregatesFilter<"CompanyCreation"> | string | null
    createdBy?: StringNullableWithAggregatesFilter<"CompanyCreation"> | string | null
    createdAt?: DateTimeWithAggregatesFilter<"CompanyCreation"> | Date | string
    updatedAt?: DateTimeWithAggregatesFilter<"CompanyCreation"> | Date | string
  }

  export type RateLimitBucketWhereInput = {
    AND?: RateLimitBucketWhereInput | RateLimitBucketWhereInput[]
    OR?: RateLimitBucketWhereInput[]
    NOT?: RateLimitBucketWhereInput | RateLimitBucketWhereInput[]
    key?: StringFilter<"RateLimitBucket"> | string
    count?: IntFilter<"RateLimitBucket"> | number
    resetAt?: DateTimeFilter<"RateLimitBucket"> | Date | string
  }

  export type RateLimitBucketOrderByWithRelationInput = {
    key?: SortOrder
    count?: SortOrder
    resetAt?: SortOrder
  }

  export type RateLimitBucketWhereUniqueInput = Prisma.AtLeast<{
    key?: string
    AND?: RateLimitBucketWhereInput | RateLimitBucketWhereInput[]
    OR?: RateLimitBucketWhereInput[]
    NOT?: RateLimitBucketWhereInput | RateLimitBucketWhereInput[]
    count?: IntFilter<"RateLimitBucket"> | number
    resetAt?: DateTimeFilter<"RateLimitBucket"> | Date | string
  }, "key">

  export type RateLimitBucketOrderByWithAggregationInput = {
    key?: SortOrder
    count?: SortOrder
    resetAt?: SortOrder
    _count?: RateLimitBucketCountOrderByAggregateInput
    _avg?: RateLimitBucketAvgOrderByAggregateInput
    _max?: RateLimitBucketMaxOrderByAggregateInput
    _min?: RateLimitBucketMinOrderByAggregateInput
    _sum?: RateLimitBucketSumOrderByAggregateInput
  }

  export type RateLimitBucketScalarWhereWithAggregatesInput = {
    AND?: RateLimitBucketScalarWhereWithAggregatesInput | RateLimitBucketScalarWhereWithAggregatesInput[]
    OR?: RateLimitBucketScalarWhereWithAggregatesInput[]
    NOT?: RateLimitBucketScalarWhereWithAggregatesInput | RateLimitBucketScalarWhereWithAggregatesInput[]
    key?: StringWithAggregatesFilter<"RateLimitBucket"> | string
    count?: IntWithAggregatesFilter<"RateLimitBucket"> | number
    resetAt?: DateTimeWithAggregatesFilter<"RateLimitBucket"> | Date | string
  }

  export type ConnectionCreateInput = {
    id?: string
    environment: string
    remoteCompanyId: string
    companyName: string
    remoteUserId?: string | null
    externalId?: string | null
    status?: string
    source?: string
    scope?: string | null
    refreshTokenEnc?: string | null
    accessTokenEnc?: string | null
    accessTokenExpiresAt?: Date | string | null
    leaseOwner?: string | null
    leaseExpiresAt?: Date | string | null
    tokenVersion?: number
    consecutiveFailures?: number
    retryNotBefore?: Date | string | null
    lastRefreshAt?: Date | string | null
    lastErrorCode?: string | null
    lastErrorMessage?: string | null
    lastErrorAt?: Date | string | null
    connectedAt?: Date | string
    connectedBy?: string | null
    disconnectedAt?: Date | string | null
    createdAt?: Date | string
    updatedAt?: Date | string
    auditEvents?: AuditEventCreateNestedManyWithoutConnectionInput
    connectLinks?: ConnectLinkCreateNestedManyWithoutConnectionInput
  }

  export type ConnectionUncheckedCreateInput = {
    id?: string
    environment: string
    remoteCompanyId: string
    companyName: string
    remoteUserId?: string | null
    externalId?: string | null
    status?: string
    source?: string
    scope?: string | null
    refreshTokenEnc?: string | null
    accessTokenEnc?: string | null
    accessTokenExpiresAt?: Date | string | null
    leaseOwner?: string | null
    leaseExpiresAt?: Date | string | null
    tokenVersion?: number
    consecutiveFailures?: number
    retryNotBefore?: Date | string | null
    lastRefreshAt?: Date | string | null
    lastErrorCode?: string | null
    lastErrorMessage?: string | null
    lastErrorAt?: Date | string | null
    connectedAt?: Date | string
    connectedBy?: string | null
    disconnectedAt?: Date | string | null
    createdAt?: Date | string
    updatedAt?: Date | string
    auditEvents?: AuditEventUncheckedCreateNestedManyWithoutConnectionInput
    connectLinks?: ConnectLinkUncheckedCreateNestedManyWithoutConnectionInput
  }

  export type ConnectionUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    remoteCompanyId?: StringFieldUpdateOperationsInput | string
    companyName?: StringFieldUpdateOperationsInput | string
    remoteUserId?: NullableStringFieldUpdateOperationsInput | string | null
    externalId?: NullableStringFieldUpdateOperationsInput | string | null
    status?: StringFieldUpdateOperationsInput | string
    source?: StringFieldUpdateOperationsInput | string
    scope?: NullableStringFieldUpdateOperationsInput | string | null
    refreshTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    accessTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    accessTokenExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    leaseOwner?: NullableStringFieldUpdateOperationsInput | string | null
    leaseExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    tokenVersion?: IntFieldUpdateOperationsInput | number
    consecutiveFailures?: IntFieldUpdateOperationsInput | number
    retryNotBefore?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastRefreshAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastErrorCode?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorMessage?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    connectedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    connectedBy?: NullableStringFieldUpdateOperationsInput | string | null
    disconnectedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    auditEvents?: AuditEventUpdateManyWithoutConnectionNestedInput
    connectLinks?: ConnectLinkUpdateManyWithoutConnectionNestedInput
  }

  export type ConnectionUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    remoteCompanyId?: StringFieldUpdateOperationsInput | string
    companyName?: StringFieldUpdateOperationsInput | string
    remoteUserId?: NullableStringFieldUpdateOperationsInput | string | null
    externalId?: NullableStringFieldUpdateOperationsInput | string | null
    status?: StringFieldUpdateOperationsInput | string
    source?: StringFieldUpdateOperationsInput | string
    scope?: NullableStringFieldUpdateOperationsInput | string | null
    refreshTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    accessTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    accessTokenExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    leaseOwner?: NullableStringFieldUpdateOperationsInput | string | null
    leaseExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    tokenVersion?: IntFieldUpdateOperationsInput | number
    consecutiveFailures?: IntFieldUpdateOperationsInput | number
    retryNotBefore?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastRefreshAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastErrorCode?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorMessage?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    connectedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    connectedBy?: NullableStringFieldUpdateOperationsInput | string | null
    disconnectedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    auditEvents?: AuditEventUncheckedUpdateManyWithoutConnectionNestedInput
    connectLinks?: ConnectLinkUncheckedUpdateManyWithoutConnectionNestedInput
  }

  export type ConnectionCreateManyInput = {
    id?: string
    environment: string
    remoteCompanyId: string
    companyName: string
    remoteUserId?: string | null
    externalId?: string | null
    status?: string
    source?: string
    scope?: string | null
    refreshTokenEnc?: string | null
    accessTokenEnc?: string | null
    accessTokenExpiresAt?: Date | string | null
    leaseOwner?: string | null
    leaseExpiresAt?: Date | string | null
    tokenVersion?: number
    consecutiveFailures?: number
    retryNotBefore?: Date | string | null
    lastRefreshAt?: Date | string | null
    lastErrorCode?: string | null
    lastErrorMessage?: string | null
    lastErrorAt?: Date | string | null
    connectedAt?: Date | string
    connectedBy?: string | null
    disconnectedAt?: Date | string | null
    createdAt?: Date | string
    updatedAt?: Date | string
  }

  export type ConnectionUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    remoteCompanyId?: StringFieldUpdateOperationsInput | string
    companyName?: StringFieldUpdateOperationsInput | string
    remoteUserId?: NullableStringFieldUpdateOperationsInput | string | null
    externalId?: NullableStringFieldUpdateOperationsInput | string | null
    status?: StringFieldUpdateOperationsInput | string
    source?: StringFieldUpdateOperationsInput | string
    scope?: NullableStringFieldUpdateOperationsInput | string | null
    refreshTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    accessTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    accessTokenExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    leaseOwner?: NullableStringFieldUpdateOperationsInput | string | null
    leaseExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    tokenVersion?: IntFieldUpdateOperationsInput | number
    consecutiveFailures?: IntFieldUpdateOperationsInput | number
    retryNotBefore?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastRefreshAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastErrorCode?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorMessage?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    connectedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    connectedBy?: NullableStringFieldUpdateOperationsInput | string | null
    disconnectedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type ConnectionUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    remoteCompanyId?: StringFieldUpdateOperationsInput | string
    companyName?: StringFieldUpdateOperationsInput | string
    remoteUserId?: NullableStringFieldUpdateOperationsInput | string | null
    externalId?: NullableStringFieldUpdateOperationsInput | string | null
    status?: StringFieldUpdateOperationsInput | string
    source?: StringFieldUpdateOperationsInput | string
    scope?: NullableStringFieldUpdateOperationsInput | string | null
    refreshTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    accessTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    accessTokenExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    leaseOwner?: NullableStringFieldUpdateOperationsInput | string | null
    leaseExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    tokenVersion?: IntFieldUpdateOperationsInput | number
    consecutiveFailures?: IntFieldUpdateOperationsInput | number
    retryNotBefore?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastRefreshAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastErrorCode?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorMessage?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    connectedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    connectedBy?: NullableStringFieldUpdateOperationsInput | string | null
    disconnectedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type PartnerTokenCreateInput = {
    id: string
    accessTokenEnc?: string | null
    expiresAt?: Date | string | null
    leaseOwner?: string | null
    leaseExpiresAt?: Date | string | null
    tokenVersion?: number
    retryNotBefore?: Date | string | null
    lastErrorCode?: string | null
    lastErrorMessage?: string | null
    lastErrorAt?: Date | string | null
    updatedAt?: Date | string
  }

  export type PartnerTokenUncheckedCreateInput = {
    id: string
    accessTokenEnc?: string | null
    expiresAt?: Date | string | null
    leaseOwner?: string | null
    leaseExpiresAt?: Date | string | null
    tokenVersion?: number
    retryNotBefore?: Date | string | null
    lastErrorCode?: string | null
    lastErrorMessage?: string | null
    lastErrorAt?: Date | string | null
    updatedAt?: Date | string
  }

  export type PartnerTokenUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    accessTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    expiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    leaseOwner?: NullableStringFieldUpdateOperationsInput | string | null
    leaseExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    tokenVersion?: IntFieldUpdateOperationsInput | number
    retryNotBefore?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastErrorCode?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorMessage?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type PartnerTokenUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    accessTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    expiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    leaseOwner?: NullableStringFieldUpdateOperationsInput | string | null
    leaseExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    tokenVersion?: IntFieldUpdateOperationsInput | number
    retryNotBefore?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastErrorCode?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorMessage?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type PartnerTokenCreateManyInput = {
    id: string
    accessTokenEnc?: string | null
    expiresAt?: Date | string | null
    leaseOwner?: string | null
    leaseExpiresAt?: Date | string | null
    tokenVersion?: number
    retryNotBefore?: Date | string | null
    lastErrorCode?: string | null
    lastErrorMessage?: string | null
    lastErrorAt?: Date | string | null
    updatedAt?: Date | string
  }

  export type PartnerTokenUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    accessTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    expiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    leaseOwner?: NullableStringFieldUpdateOperationsInput | string | null
    leaseExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    tokenVersion?: IntFieldUpdateOperationsInput | number
    retryNotBefore?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastErrorCode?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorMessage?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type PartnerTokenUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    accessTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    expiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    leaseOwner?: NullableStringFieldUpdateOperationsInput | string | null
    leaseExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    tokenVersion?: IntFieldUpdateOperationsInput | number
    retryNotBefore?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastErrorCode?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorMessage?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type PendingAuthorizationCreateInput = {
    id?: string
    stateHash: string
    browserHash: string
    codeVerifierEnc: string
    connectLinkId?: string | null
    returnTo?: string | null
    createdAt?: Date | string
    expiresAt: Date | string
    consumedAt?: Date | string | null
  }

  export type PendingAuthorizationUncheckedCreateInput = {
    id?: string
    stateHash: string
    browserHash: string
    codeVerifierEnc: string
    connectLinkId?: string | null
    returnTo?: string | null
    createdAt?: Date | string
    expiresAt: Date | string
    consumedAt?: Date | string | null
  }

  export type PendingAuthorizationUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    stateHash?: StringFieldUpdateOperationsInput | string
    browserHash?: StringFieldUpdateOperationsInput | string
    codeVerifierEnc?: StringFieldUpdateOperationsInput | string
    connectLinkId?: NullableStringFieldUpdateOperationsInput | string | null
    returnTo?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    expiresAt?: DateTimeFieldUpdateOperationsInput | Date | string
    consumedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type PendingAuthorizationUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    stateHash?: StringFieldUpdateOperationsInput | string
    browserHash?: StringFieldUpdateOperationsInput | string
    codeVerifierEnc?: StringFieldUpdateOperationsInput | string
    connectLinkId?: NullableStringFieldUpdateOperationsInput | string | null
    returnTo?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    expiresAt?: DateTimeFieldUpdateOperationsInput | Date | string
    consumedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type PendingAuthorizationCreateManyInput = {
    id?: string
    stateHash: string
    browserHash: string
    codeVerifierEnc: string
    connectLinkId?: string | null
    returnTo?: string | null
    createdAt?: Date | string
    expiresAt: Date | string
    consumedAt?: Date | string | null
  }

  export type PendingAuthorizationUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    stateHash?: StringFieldUpdateOperationsInput | string
    browserHash?: StringFieldUpdateOperationsInput | string
    codeVerifierEnc?: StringFieldUpdateOperationsInput | string
    connectLinkId?: NullableStringFieldUpdateOperationsInput | string | null
    returnTo?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    expiresAt?: DateTimeFieldUpdateOperationsInput | Date | string
    consumedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type PendingAuthorizationUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    stateHash?: StringFieldUpdateOperationsInput | string
    browserHash?: StringFieldUpdateOperationsInput | string
    codeVerifierEnc?: StringFieldUpdateOperationsInput | string
    connectLinkId?: NullableStringFieldUpdateOperationsInput | string | null
    returnTo?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    expiresAt?: DateTimeFieldUpdateOperationsInput | Date | string
    consumedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type ConnectLinkCreateInput = {
    id?: string
    tokenHash: string
    externalId?: string | null
    note?: string | null
    createdBy?: string | null
    createdAt?: Date | string
    expiresAt: Date | string
    usedAt?: Date | string | null
    revokedAt?: Date | string | null
    connection?: ConnectionCreateNestedOneWithoutConnectLinksInput
  }

  export type ConnectLinkUncheckedCreateInput = {
    id?: string
    tokenHash: string
    externalId?: string | null
    note?: string | null
    createdBy?: string | null
    createdAt?: Date | string
    expiresAt: Date | string
    usedAt?: Date | string | null
    revokedAt?: Date | string | null
    connectionId?: string | null
  }

  export type ConnectLinkUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    tokenHash?: StringFieldUpdateOperationsInput | string
    externalId?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    createdBy?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    expiresAt?: DateTimeFieldUpdateOperationsInput | Date | string
    usedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revokedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    connection?: ConnectionUpdateOneWithoutConnectLinksNestedInput
  }

  export type ConnectLinkUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    tokenHash?: StringFieldUpdateOperationsInput | string
    externalId?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    createdBy?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    expiresAt?: DateTimeFieldUpdateOperationsInput | Date | string
    usedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revokedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    connectionId?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type ConnectLinkCreateManyInput = {
    id?: string
    tokenHash: string
    externalId?: string | null
    note?: string | null
    createdBy?: string | null
    createdAt?: Date | string
    expiresAt: Date | string
    usedAt?: Date | string | null
    revokedAt?: Date | string | null
    connectionId?: string | null
  }

  export type ConnectLinkUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    tokenHash?: StringFieldUpdateOperationsInput | string
    externalId?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    createdBy?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    expiresAt?: DateTimeFieldUpdateOperationsInput | Date | string
    usedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revokedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type ConnectLinkUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    tokenHash?: StringFieldUpdateOperationsInput | string
    externalId?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    createdBy?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    expiresAt?: DateTimeFieldUpdateOperationsInput | Date | string
    usedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revokedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    connectionId?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type StaffUserCreateInput = {
    id?: string
    email: string
    name?: string | null
    passwordHash?: string | null
    role?: string
    createdAt?: Date | string
    updatedAt?: Date | string
    lastSignInAt?: Date | string | null
    disabledAt?: Date | string | null
  }

  export type StaffUserUncheckedCreateInput = {
    id?: string
    email: string
    name?: string | null
    passwordHash?: string | null
    role?: string
    createdAt?: Date | string
    updatedAt?: Date | string
    lastSignInAt?: Date | string | null
    disabledAt?: Date | string | null
  }

  export type StaffUserUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    email?: StringFieldUpdateOperationsInput | string
    name?: NullableStringFieldUpdateOperationsInput | string | null
    passwordHash?: NullableStringFieldUpdateOperationsInput | string | null
    role?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    lastSignInAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    disabledAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type StaffUserUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    email?: StringFieldUpdateOperationsInput | string
    name?: NullableStringFieldUpdateOperationsInput | string | null
    passwordHash?: NullableStringFieldUpdateOperationsInput | string | null
    role?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    lastSignInAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    disabledAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type StaffUserCreateManyInput = {
    id?: string
    email: string
    name?: string | null
    passwordHash?: string | null
    role?: string
    createdAt?: Date | string
    updatedAt?: Date | string
    lastSignInAt?: Date | string | null
    disabledAt?: Date | string | null
  }

  export type StaffUserUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    email?: StringFieldUpdateOperationsInput | string
    name?: NullableStringFieldUpdateOperationsInput | string | null
    passwordHash?: NullableStringFieldUpdateOperationsInput | string | null
    role?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    lastSignInAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    disabledAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type StaffUserUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    email?: StringFieldUpdateOperationsInput | string
    name?: NullableStringFieldUpdateOperationsInput | string | null
    passwordHash?: NullableStringFieldUpdateOperationsInput | string | null
    role?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    lastSignInAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    disabledAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type ApiKeyCreateInput = {
    id?: string
    name: string
    prefix: string
    keyHash: string
    createdBy?: string | null
    createdAt?: Date | string
    lastUsedAt?: Date | string | null
    revokedAt?: Date | string | null
  }

  export type ApiKeyUncheckedCreateInput = {
    id?: string
    name: string
    prefix: string
    keyHash: string
    createdBy?: string | null
    createdAt?: Date | string
    lastUsedAt?: Date | string | null
    revokedAt?: Date | string | null
  }

  export type ApiKeyUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    prefix?: StringFieldUpdateOperationsInput | string
    keyHash?: StringFieldUpdateOperationsInput | string
    createdBy?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    lastUsedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revokedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type ApiKeyUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    prefix?: StringFieldUpdateOperationsInput | string
    keyHash?: StringFieldUpdateOperationsInput | string
    createdBy?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    lastUsedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revokedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type ApiKeyCreateManyInput = {
    id?: string
    name: string
    prefix: string
    keyHash: string
    createdBy?: string | null
    createdAt?: Date | string
    lastUsedAt?: Date | string | null
    revokedAt?: Date | string | null
  }

  export type ApiKeyUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    prefix?: StringFieldUpdateOperationsInput | string
    keyHash?: StringFieldUpdateOperationsInput | string
    createdBy?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    lastUsedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revokedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type ApiKeyUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    prefix?: StringFieldUpdateOperationsInput | string
    keyHash?: StringFieldUpdateOperationsInput | string
    createdBy?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    lastUsedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revokedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type AuditEventCreateInput = {
    id?: string
    type: string
    actorType: string
    actorId?: string | null
    actorLabel?: string | null
    message?: string | null
    metadata?: string | null
    createdAt?: Date | string
    connection?: ConnectionCreateNestedOneWithoutAuditEventsInput
  }

  export type AuditEventUncheckedCreateInput = {
    id?: string
    type: string
    connectionId?: string | null
    actorType: string
    actorId?: string | null
    actorLabel?: string | null
    message?: string | null
    metadata?: string | null
    createdAt?: Date | string
  }

  export type AuditEventUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    actorType?: StringFieldUpdateOperationsInput | string
    actorId?: NullableStringFieldUpdateOperationsInput | string | null
    actorLabel?: NullableStringFieldUpdateOperationsInput | string | null
    message?: NullableStringFieldUpdateOperationsInput | string | null
    metadata?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    connection?: ConnectionUpdateOneWithoutAuditEventsNestedInput
  }

  export type AuditEventUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    connectionId?: NullableStringFieldUpdateOperationsInput | string | null
    actorType?: StringFieldUpdateOperationsInput | string
    actorId?: NullableStringFieldUpdateOperationsInput | string | null
    actorLabel?: NullableStringFieldUpdateOperationsInput | string | null
    message?: NullableStringFieldUpdateOperationsInput | string | null
    metadata?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type AuditEventCreateManyInput = {
    id?: string
    type: string
    connectionId?: string | null
    actorType: string
    actorId?: string | null
    actorLabel?: string | null
    message?: string | null
    metadata?: string | null
    createdAt?: Date | string
  }

  export type AuditEventUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    actorType?: StringFieldUpdateOperationsInput | string
    actorId?: NullableStringFieldUpdateOperationsInput | string | null
    actorLabel?: NullableStringFieldUpdateOperationsInput | string | null
    message?: NullableStringFieldUpdateOperationsInput | string | null
    metadata?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type AuditEventUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    connectionId?: NullableStringFieldUpdateOperationsInput | string | null
    actorType?: StringFieldUpdateOperationsInput | string
    actorId?: NullableStringFieldUpdateOperationsInput | string | null
    actorLabel?: NullableStringFieldUpdateOperationsInput | string | null
    message?: NullableStringFieldUpdateOperationsInput | string | null
    metadata?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type CompanyCreationCreateInput = {
    id?: string
    idempotencyKey: string
    status?: string
    requestHash: string
    remoteCompanyId?: string | null
    connectionId?: string | null
    errorCode?: string | null
    createdBy?: string | null
    createdAt?: Date | string
    updatedAt?: Date | string
  }

  export type CompanyCreationUncheckedCreateInput = {
    id?: string
    idempotencyKey: string
    status?: string
    requestHash: string
    remoteCompanyId?: string | null
    connectionId?: string | null
    errorCode?: string | null
    createdBy?: string | null
    createdAt?: Date | string
    updatedAt?: Date | string
  }

  export type CompanyCreationUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    idempotencyKey?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    requestHash?: StringFieldUpdateOperationsInput | string
    remoteCompanyId?: NullableStringFieldUpdateOperationsInput | string | null
    connectionId?: NullableStringFieldUpdateOperationsInput | string | null
    errorCode?: NullableStringFieldUpdateOperationsInput | string | null
    createdBy?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type CompanyCreationUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    idempotencyKey?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    requestHash?: StringFieldUpdateOperationsInput | string
    remoteCompanyId?: NullableStringFieldUpdateOperationsInput | string | null
    connectionId?: NullableStringFieldUpdateOperationsInput | string | null
    errorCode?: NullableStringFieldUpdateOperationsInput | string | null
    createdBy?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type CompanyCreationCreateManyInput = {
    id?: string
    idempotencyKey: string
    status?: string
    requestHash: string
    remoteCompanyId?: string | null
    connectionId?: string | null
    errorCode?: string | null
    createdBy?: string | null
    createdAt?: Date | string
    updatedAt?: Date | string
  }

  export type CompanyCreationUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    idempotencyKey?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    requestHash?: StringFieldUpdateOperationsInput | string
    remoteCompanyId?: NullableStringFieldUpdateOperationsInput | string | null
    connectionId?: NullableStringFieldUpdateOperationsInput | string | null
    errorCode?: NullableStringFieldUpdateOperationsInput | string | null
    createdBy?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type CompanyCreationUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    idempotencyKey?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    requestHash?: StringFieldUpdateOperationsInput | string
    remoteCompanyId?: NullableStringFieldUpdateOperationsInput | string | null
    connectionId?: NullableStringFieldUpdateOperationsInput | string | null
    errorCode?: NullableStringFieldUpdateOperationsInput | string | null
    createdBy?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type RateLimitBucketCreateInput = {
    key: string
    count: number
    resetAt: Date | string
  }

  export type RateLimitBucketUncheckedCreateInput = {
    key: string
    count: number
    resetAt: Date | string
  }

  export type RateLimitBucketUpdateInput = {
    key?: StringFieldUpdateOperationsInput | string
    count?: IntFieldUpdateOperationsInput | number
    resetAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type RateLimitBucketUncheckedUpdateInput = {
    key?: StringFieldUpdateOperationsInput | string
    count?: IntFieldUpdateOperationsInput | number
    resetAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type RateLimitBucketCreateManyInput = {
    key: string
    count: number
    resetAt: Date | string
  }

  export type RateLimitBucketUpdateManyMutationInput = {
    key?: StringFieldUpdateOperationsInput | string
    count?: IntFieldUpdateOperationsInput | number
    resetAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type RateLimitBucketUncheckedUpdateManyInput = {
    key?: StringFieldUpdateOperationsInput | string
    count?: IntFieldUpdateOperationsInput | number
    resetAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type StringFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    mode?: QueryMode
    not?: NestedStringFilter<$PrismaModel> | string
  }

  export type StringNullableFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    mode?: QueryMode
    not?: NestedStringNullableFilter<$PrismaModel> | string | null
  }

  export type DateTimeNullableFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableFilter<$PrismaModel> | Date | string | null
  }

  export type IntFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[] | ListIntFieldRefInput<$PrismaModel>
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel>
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntFilter<$PrismaModel> | number
  }

  export type DateTimeFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeFilter<$PrismaModel> | Date | string
  }

  export type AuditEventListRelationFilter = {
    every?: AuditEventWhereInput
    some?: AuditEventWhereInput
    none?: AuditEventWhereInput
  }

  export type ConnectLinkListRelationFilter = {
    every?: ConnectLinkWhereInput
    some?: ConnectLinkWhereInput
    none?: ConnectLinkWhereInput
  }

  export type SortOrderInput = {
    sort: SortOrder
    nulls?: NullsOrder
  }

  export type AuditEventOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type ConnectLinkOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type ConnectionEnvironmentRemoteCompanyIdCompoundUniqueInput = {
    environment: string
    remoteCompanyId: string
  }

  export type ConnectionCountOrderByAggregateInput = {
    id?: SortOrder
    environment?: SortOrder
    remoteCompanyId?: SortOrder
    companyName?: SortOrder
    remoteUserId?: SortOrder
    externalId?: SortOrder
    status?: SortOrder
    source?: SortOrder
    scope?: SortOrder
    refreshTokenEnc?: SortOrder
    accessTokenEnc?: SortOrder
    accessTokenExpiresAt?: SortOrder
    leaseOwner?: SortOrder
    leaseExpiresAt?: SortOrder
    tokenVersion?: SortOrder
    consecutiveFailures?: SortOrder
    retryNotBefore?: SortOrder
    lastRefreshAt?: SortOrder
    lastErrorCode?: SortOrder
    lastErrorMessage?: SortOrder
    lastErrorAt?: SortOrder
    connectedAt?: SortOrder
    connectedBy?: SortOrder
    disconnectedAt?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
  }

  export type ConnectionAvgOrderByAggregateInput = {
    tokenVersion?: SortOrder
    consecutiveFailures?: SortOrder
  }

  export type ConnectionMaxOrderByAggregateInput = {
    id?: SortOrder
    environment?: SortOrder
    remoteCompanyId?: SortOrder
    companyName?: SortOrder
    remoteUserId?: SortOrder
    externalId?: SortOrder
    status?: SortOrder
    source?: SortOrder
    scope?: SortOrder
    refreshTokenEnc?: SortOrder
    accessTokenEnc?: SortOrder
    accessTokenExpiresAt?: SortOrder
    leaseOwner?: SortOrder
    leaseExpiresAt?: SortOrder
    tokenVersion?: SortOrder
    consecutiveFailures?: SortOrder
    retryNotBefore?: SortOrder
    lastRefreshAt?: SortOrder
    lastErrorCode?: SortOrder
    lastErrorMessage?: SortOrder
    lastErrorAt?: SortOrder
    connectedAt?: SortOrder
    connectedBy?: SortOrder
    disconnectedAt?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
  }

  export type ConnectionMinOrderByAggregateInput = {
    id?: SortOrder
    environment?: SortOrder
    remoteCompanyId?: SortOrder
    companyName?: SortOrder
    remoteUserId?: SortOrder
    externalId?: SortOrder
    status?: SortOrder
    source?: SortOrder
    scope?: SortOrder
    refreshTokenEnc?: SortOrder
    accessTokenEnc?: SortOrder
    accessTokenExpiresAt?: SortOrder
    leaseOwner?: SortOrder
    leaseExpiresAt?: SortOrder
    tokenVersion?: SortOrder
    consecutiveFailures?: SortOrder
    retryNotBefore?: SortOrder
    lastRefreshAt?: SortOrder
    lastErrorCode?: SortOrder
    lastErrorMessage?: SortOrder
    lastErrorAt?: SortOrder
    connectedAt?: SortOrder
    connectedBy?: SortOrder
    disconnectedAt?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
  }

  export type ConnectionSumOrderByAggregateInput = {
    tokenVersion?: SortOrder
    consecutiveFailures?: SortOrder
  }

  export type StringWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    mode?: QueryMode
    not?: NestedStringWithAggregatesFilter<$PrismaModel> | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedStringFilter<$PrismaModel>
    _max?: NestedStringFilter<$PrismaModel>
  }

  export type StringNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    mode?: QueryMode
    not?: NestedStringNullableWithAggregatesFilter<$PrismaModel> | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedStringNullableFilter<$PrismaModel>
    _max?: NestedStringNullableFilter<$PrismaModel>
  }

  export type DateTimeNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableWithAggregatesFilter<$PrismaModel> | Date | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedDateTimeNullableFilter<$PrismaModel>
    _max?: NestedDateTimeNullableFilter<$PrismaModel>
  }

  export type IntWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[] | ListIntFieldRefInput<$PrismaModel>
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel>
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntWithAggregatesFilter<$PrismaModel> | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedIntFilter<$PrismaModel>
    _min?: NestedIntFilter<$PrismaModel>
    _max?: NestedIntFilter<$PrismaModel>
  }

  export type DateTimeWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeWithAggregatesFilter<$PrismaModel> | Date | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedDateTimeFilter<$PrismaModel>
    _max?: NestedDateTimeFilter<$PrismaModel>
  }

  export type PartnerTokenCountOrderByAggregateInput = {
    id?: SortOrder
    accessTokenEnc?: SortOrder
    expiresAt?: SortOrder
    leaseOwner?: SortOrder
    leaseExpiresAt?: SortOrder
    tokenVersion?: SortOrder
    retryNotBefore?: SortOrder
    lastErrorCode?: SortOrder
    lastErrorMessage?: SortOrder
    lastErrorAt?: SortOrder
    updatedAt?: SortOrder
  }

  export type PartnerTokenAvgOrderByAggregateInput = {
    tokenVersion?: SortOrder
  }

  export type PartnerTokenMaxOrderByAggregateInput = {
    id?: SortOrder
    accessTokenEnc?: SortOrder
    expiresAt?: SortOrder
    leaseOwner?: SortOrder
    leaseExpiresAt?: SortOrder
    tokenVersion?: SortOrder
    retryNotBefore?: SortOrder
    lastErrorCode?: SortOrder
    lastErrorMessage?: SortOrder
    lastErrorAt?: SortOrder
    updatedAt?: SortOrder
  }

  export type PartnerTokenMinOrderByAggregateInput = {
    id?: SortOrder
    accessTokenEnc?: SortOrder
    expiresAt?: SortOrder
    leaseOwner?: SortOrder
    leaseExpiresAt?: SortOrder
    tokenVersion?: SortOrder
    retryNotBefore?: SortOrder
    lastErrorCode?: SortOrder
    lastErrorMessage?: SortOrder
    lastErrorAt?: SortOrder
    updatedAt?: SortOrder
  }

  export type PartnerTokenSumOrderByAggregateInput = {
    tokenVersion?: SortOrder
  }

  export type PendingAuthorizationCountOrderByAggregateInput = {
    id?: SortOrder
    stateHash?: SortOrder
    browserHash?: SortOrder
    codeVerifierEnc?: SortOrder
    connectLinkId?: SortOrder
    returnTo?: SortOrder
    createdAt?: SortOrder
    expiresAt?: SortOrder
    consumedAt?: SortOrder
  }

  export type PendingAuthorizationMaxOrderByAggregateInput = {
    id?: SortOrder
    stateHash?: SortOrder
    browserHash?: SortOrder
    codeVerifierEnc?: SortOrder
    connectLinkId?: SortOrder
    returnTo?: SortOrder
    createdAt?: SortOrder
    expiresAt?: SortOrder
    consumedAt?: SortOrder
  }

  export type PendingAuthorizationMinOrderByAggregateInput = {
    id?: SortOrder
    stateHash?: SortOrder
    browserHash?: SortOrder
    codeVerifierEnc?: SortOrder
    connectLinkId?: SortOrder
    returnTo?: SortOrder
    createdAt?: SortOrder
    expiresAt?: SortOrder
    consumedAt?: SortOrder
  }

  export type ConnectionNullableScalarRelationFilter = {
    is?: ConnectionWhereInput | null
    isNot?: ConnectionWhereInput | null
  }

  export type ConnectLinkCountOrderByAggregateInput = {
    id?: SortOrder
    tokenHash?: SortOrder
    externalId?: SortOrder
    note?: SortOrder
    createdBy?: SortOrder
    createdAt?: SortOrder
    expiresAt?: SortOrder
    usedAt?: SortOrder
    revokedAt?: SortOrder
    connectionId?: SortOrder
  }

  export type ConnectLinkMaxOrderByAggregateInput = {
    id?: SortOrder
    tokenHash?: SortOrder
    externalId?: SortOrder
    note?: SortOrder
    createdBy?: SortOrder
    createdAt?: SortOrder
    expiresAt?: SortOrder
    usedAt?: SortOrder
    revokedAt?: SortOrder
    connectionId?: SortOrder
  }

  export type ConnectLinkMinOrderByAggregateInput = {
    id?: SortOrder
    tokenHash?: SortOrder
    externalId?: SortOrder
    note?: SortOrder
    createdBy?: SortOrder
    createdAt?: SortOrder
    expiresAt?: SortOrder
    usedAt?: SortOrder
    revokedAt?: SortOrder
    connectionId?: SortOrder
  }

  export type StaffUserCountOrderByAggregateInput = {
    id?: SortOrder
    email?: SortOrder
    name?: SortOrder
    passwordHash?: SortOrder
    role?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
    lastSignInAt?: SortOrder
    disabledAt?: SortOrder
  }

  export type StaffUserMaxOrderByAggregateInput = {
    id?: SortOrder
    email?: SortOrder
    name?: SortOrder
    passwordHash?: SortOrder
    role?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
    lastSignInAt?: SortOrder
    disabledAt?: SortOrder
  }

  export type StaffUserMinOrderByAggregateInput = {
    id?: SortOrder
    email?: SortOrder
    name?: SortOrder
    passwordHash?: SortOrder
    role?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
    lastSignInAt?: SortOrder
    disabledAt?: SortOrder
  }

  export type ApiKeyCountOrderByAggregateInput = {
    id?: SortOrder
    name?: SortOrder
    prefix?: SortOrder
    keyHash?: SortOrder
    createdBy?: SortOrder
    createdAt?: SortOrder
    lastUsedAt?: SortOrder
    revokedAt?: SortOrder
  }

  export type ApiKeyMaxOrderByAggregateInput = {
    id?: SortOrder
    name?: SortOrder
    prefix?: SortOrder
    keyHash?: SortOrder
    createdBy?: SortOrder
    createdAt?: SortOrder
    lastUsedAt?: SortOrder
    revokedAt?: SortOrder
  }

  export type ApiKeyMinOrderByAggregateInput = {
    id?: SortOrder
    name?: SortOrder
    prefix?: SortOrder
    keyHash?: SortOrder
    createdBy?: SortOrder
    createdAt?: SortOrder
    lastUsedAt?: SortOrder
    revokedAt?: SortOrder
  }

  export type AuditEventCountOrderByAggregateInput = {
    id?: SortOrder
    type?: SortOrder
    connectionId?: SortOrder
    actorType?: SortOrder
    actorId?: SortOrder
    actorLabel?: SortOrder
    message?: SortOrder
    metadata?: SortOrder
    createdAt?: SortOrder
  }

  export type AuditEventMaxOrderByAggregateInput = {
    id?: SortOrder
    type?: SortOrder
    connectionId?: SortOrder
    actorType?: SortOrder
    actorId?: SortOrder
    actorLabel?: SortOrder
    message?: SortOrder
    metadata?: SortOrder
    createdAt?: SortOrder
  }

  export type AuditEventMinOrderByAggregateInput = {
    id?: SortOrder
    type?: SortOrder
    connectionId?: SortOrder
    actorType?: SortOrder
    actorId?: SortOrder
    actorLabel?: SortOrder
    message?: SortOrder
    metadata?: SortOrder
    createdAt?: SortOrder
  }

  export type CompanyCreationCountOrderByAggregateInput = {
    id?: SortOrder
    idempotencyKey?: SortOrder
    status?: SortOrder
    requestHash?: SortOrder
    remoteCompanyId?: SortOrder
    connectionId?: SortOrder
    errorCode?: SortOrder
    createdBy?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
  }

  export type CompanyCreationMaxOrderByAggregateInput = {
    id?: SortOrder
    idempotencyKey?: SortOrder
    status?: SortOrder
    requestHash?: SortOrder
    remoteCompanyId?: SortOrder
    connectionId?: SortOrder
    errorCode?: SortOrder
    createdBy?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
  }

  export type CompanyCreationMinOrderByAggregateInput = {
    id?: SortOrder
    idempotencyKey?: SortOrder
    status?: SortOrder
    requestHash?: SortOrder
    remoteCompanyId?: SortOrder
    connectionId?: SortOrder
    errorCode?: SortOrder
    createdBy?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
  }

  export type RateLimitBucketCountOrderByAggregateInput = {
    key?: SortOrder
    count?: SortOrder
    resetAt?: SortOrder
  }

  export type RateLimitBucketAvgOrderByAggregateInput = {
    count?: SortOrder
  }

  export type RateLimitBucketMaxOrderByAggregateInput = {
    key?: SortOrder
    count?: SortOrder
    resetAt?: SortOrder
  }

  export type RateLimitBucketMinOrderByAggregateInput = {
    key?: SortOrder
    count?: SortOrder
    resetAt?: SortOrder
  }

  export type RateLimitBucketSumOrderByAggregateInput = {
    count?: SortOrder
  }

  export type AuditEventCreateNestedManyWithoutConnectionInput = {
    create?: XOR<AuditEventCreateWithoutConnectionInput, AuditEventUncheckedCreateWithoutConnectionInput> | AuditEventCreateWithoutConnectionInput[] | AuditEventUncheckedCreateWithoutConnectionInput[]
    connectOrCreate?: AuditEventCreateOrConnectWithoutConnectionInput | AuditEventCreateOrConnectWithoutConnectionInput[]
    createMany?: AuditEventCreateManyConnectionInputEnvelope
    connect?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
  }

  export type ConnectLinkCreateNestedManyWithoutConnectionInput = {
    create?: XOR<ConnectLinkCreateWithoutConnectionInput, ConnectLinkUncheckedCreateWithoutConnectionInput> | ConnectLinkCreateWithoutConnectionInput[] | ConnectLinkUncheckedCreateWithoutConnectionInput[]
    connectOrCreate?: ConnectLinkCreateOrConnectWithoutConnectionInput | ConnectLinkCreateOrConnectWithoutConnectionInput[]
    createMany?: ConnectLinkCreateManyConnectionInputEnvelope
    connect?: ConnectLinkWhereUniqueInput | ConnectLinkWhereUniqueInput[]
  }

  export type AuditEventUncheckedCreateNestedManyWithoutConnectionInput = {
    create?: XOR<AuditEventCreateWithoutConnectionInput, AuditEventUncheckedCreateWithoutConnectionInput> | AuditEventCreateWithoutConnectionInput[] | AuditEventUncheckedCreateWithoutConnectionInput[]
    connectOrCreate?: AuditEventCreateOrConnectWithoutConnectionInput | AuditEventCreateOrConnectWithoutConnectionInput[]
    createMany?: AuditEventCreateManyConnectionInputEnvelope
    connect?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
  }

  export type ConnectLinkUncheckedCreateNestedManyWithoutConnectionInput = {
    create?: XOR<ConnectLinkCreateWithoutConnectionInput, ConnectLinkUncheckedCreateWithoutConnectionInput> | ConnectLinkCreateWithoutConnectionInput[] | ConnectLinkUncheckedCreateWithoutConnectionInput[]
    connectOrCreate?: ConnectLinkCreateOrConnectWithoutConnectionInput | ConnectLinkCreateOrConnectWithoutConnectionInput[]
    createMany?: ConnectLinkCreateManyConnectionInputEnvelope
    connect?: ConnectLinkWhereUniqueInput | ConnectLinkWhereUniqueInput[]
  }

  export type StringFieldUpdateOperationsInput = {
    set?: string
  }

  export type NullableStringFieldUpdateOperationsInput = {
    set?: string | null
  }

  export type NullableDateTimeFieldUpdateOperationsInput = {
    set?: Date | string | null
  }

  export type IntFieldUpdateOperationsInput = {
    set?: number
    increment?: number
    decrement?: number
    multiply?: number
    divide?: number
  }

  export type DateTimeFieldUpdateOperationsInput = {
    set?: Date | string
  }

  export type AuditEventUpdateManyWithoutConnectionNestedInput = {
    create?: XOR<AuditEventCreateWithoutConnectionInput, AuditEventUncheckedCreateWithoutConnectionInput> | AuditEventCreateWithoutConnectionInput[] | AuditEventUncheckedCreateWithoutConnectionInput[]
    connectOrCreate?: AuditEventCreateOrConnectWithoutConnectionInput | AuditEventCreateOrConnectWithoutConnectionInput[]
    upsert?: AuditEventUpsertWithWhereUniqueWithoutConnectionInput | AuditEventUpsertWithWhereUniqueWithoutConnectionInput[]
    createMany?: AuditEventCreateManyConnectionInputEnvelope
    set?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
    disconnect?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
    delete?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
    connect?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
    update?: AuditEventUpdateWithWhereUniqueWithoutConnectionInput | AuditEventUpdateWithWhereUniqueWithoutConnectionInput[]
    updateMany?: AuditEventUpdateManyWithWhereWithoutConnectionInput | AuditEventUpdateManyWithWhereWithoutConnectionInput[]
    deleteMany?: AuditEventScalarWhereInput | AuditEventScalarWhereInput[]
  }

  export type ConnectLinkUpdateManyWithoutConnectionNestedInput = {
    create?: XOR<ConnectLinkCreateWithoutConnectionInput, ConnectLinkUncheckedCreateWithoutConnectionInput> | ConnectLinkCreateWithoutConnectionInput[] | ConnectLinkUncheckedCreateWithoutConnectionInput[]
    connectOrCreate?: ConnectLinkCreateOrConnectWithoutConnectionInput | ConnectLinkCreateOrConnectWithoutConnectionInput[]
    upsert?: ConnectLinkUpsertWithWhereUniqueWithoutConnectionInput | ConnectLinkUpsertWithWhereUniqueWithoutConnectionInput[]
    createMany?: ConnectLinkCreateManyConnectionInputEnvelope
    set?: ConnectLinkWhereUniqueInput | ConnectLinkWhereUniqueInput[]
    disconnect?: ConnectLinkWhereUniqueInput | ConnectLinkWhereUniqueInput[]
    delete?: ConnectLinkWhereUniqueInput | ConnectLinkWhereUniqueInput[]
    connect?: ConnectLinkWhereUniqueInput | ConnectLinkWhereUniqueInput[]
    update?: ConnectLinkUpdateWithWhereUniqueWithoutConnectionInput | ConnectLinkUpdateWithWhereUniqueWithoutConnectionInput[]
    updateMany?: ConnectLinkUpdateManyWithWhereWithoutConnectionInput | ConnectLinkUpdateManyWithWhereWithoutConnectionInput[]
    deleteMany?: ConnectLinkScalarWhereInput | ConnectLinkScalarWhereInput[]
  }

  export type AuditEventUncheckedUpdateManyWithoutConnectionNestedInput = {
    create?: XOR<AuditEventCreateWithoutConnectionInput, AuditEventUncheckedCreateWithoutConnectionInput> | AuditEventCreateWithoutConnectionInput[] | AuditEventUncheckedCreateWithoutConnectionInput[]
    connectOrCreate?: AuditEventCreateOrConnectWithoutConnectionInput | AuditEventCreateOrConnectWithoutConnectionInput[]
    upsert?: AuditEventUpsertWithWhereUniqueWithoutConnectionInput | AuditEventUpsertWithWhereUniqueWithoutConnectionInput[]
    createMany?: AuditEventCreateManyConnectionInputEnvelope
    set?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
    disconnect?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
    delete?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
    connect?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
    update?: AuditEventUpdateWithWhereUniqueWithoutConnectionInput | AuditEventUpdateWithWhereUniqueWithoutConnectionInput[]
    updateMany?: AuditEventUpdateManyWithWhereWithoutConnectionInput | AuditEventUpdateManyWithWhereWithoutConnectionInput[]
    deleteMany?: AuditEventScalarWhereInput | AuditEventScalarWhereInput[]
  }

  export type ConnectLinkUncheckedUpdateManyWithoutConnectionNestedInput = {
    create?: XOR<ConnectLinkCreateWithoutConnectionInput, ConnectLinkUncheckedCreateWithoutConnectionInput> | ConnectLinkCreateWithoutConnectionInput[] | ConnectLinkUncheckedCreateWithoutConnectionInput[]
    connectOrCreate?: ConnectLinkCreateOrConnectWithoutConnectionInput | ConnectLinkCreateOrConnectWithoutConnectionInput[]
    upsert?: ConnectLinkUpsertWithWhereUniqueWithoutConnectionInput | ConnectLinkUpsertWithWhereUniqueWithoutConnectionInput[]
    createMany?: ConnectLinkCreateManyConnectionInputEnvelope
    set?: ConnectLinkWhereUniqueInput | ConnectLinkWhereUniqueInput[]
    disconnect?: ConnectLinkWhereUniqueInput | ConnectLinkWhereUniqueInput[]
    delete?: ConnectLinkWhereUniqueInput | ConnectLinkWhereUniqueInput[]
    connect?: ConnectLinkWhereUniqueInput | ConnectLinkWhereUniqueInput[]
    update?: ConnectLinkUpdateWithWhereUniqueWithoutConnectionInput | ConnectLinkUpdateWithWhereUniqueWithoutConnectionInput[]
    updateMany?: ConnectLinkUpdateManyWithWhereWithoutConnectionInput | ConnectLinkUpdateManyWithWhereWithoutConnectionInput[]
    deleteMany?: ConnectLinkScalarWhereInput | ConnectLinkScalarWhereInput[]
  }

  export type ConnectionCreateNestedOneWithoutConnectLinksInput = {
    create?: XOR<ConnectionCreateWithoutConnectLinksInput, ConnectionUncheckedCreateWithoutConnectLinksInput>
    connectOrCreate?: ConnectionCreateOrConnectWithoutConnectLinksInput
    connect?: ConnectionWhereUniqueInput
  }

  export type ConnectionUpdateOneWithoutConnectLinksNestedInput = {
    create?: XOR<ConnectionCreateWithoutConnectLinksInput, ConnectionUncheckedCreateWithoutConnectLinksInput>
    connectOrCreate?: ConnectionCreateOrConnectWithoutConnectLinksInput
    upsert?: ConnectionUpsertWithoutConnectLinksInput
    disconnect?: ConnectionWhereInput | boolean
    delete?: ConnectionWhereInput | boolean
    connect?: ConnectionWhereUniqueInput
    update?: XOR<XOR<ConnectionUpdateToOneWithWhereWithoutConnectLinksInput, ConnectionUpdateWithoutConnectLinksInput>, ConnectionUncheckedUpdateWithoutConnectLinksInput>
  }

  export type ConnectionCreateNestedOneWithoutAuditEventsInput = {
    create?: XOR<ConnectionCreateWithoutAuditEventsInput, ConnectionUncheckedCreateWithoutAuditEventsInput>
    connectOrCreate?: ConnectionCreateOrConnectWithoutAuditEventsInput
    connect?: ConnectionWhereUniqueInput
  }

  export type ConnectionUpdateOneWithoutAuditEventsNestedInput = {
    create?: XOR<ConnectionCreateWithoutAuditEventsInput, ConnectionUncheckedCreateWithoutAuditEventsInput>
    connectOrCreate?: ConnectionCreateOrConnectWithoutAuditEventsInput
    upsert?: ConnectionUpsertWithoutAuditEventsInput
    disconnect?: ConnectionWhereInput | boolean
    delete?: ConnectionWhereInput | boolean
    connect?: ConnectionWhereUniqueInput
    update?: XOR<XOR<ConnectionUpdateToOneWithWhereWithoutAuditEventsInput, ConnectionUpdateWithoutAuditEventsInput>, ConnectionUncheckedUpdateWithoutAuditEventsInput>
  }

  export type NestedStringFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringFilter<$PrismaModel> | string
  }

  export type NestedStringNullableFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringNullableFilter<$PrismaModel> | string | null
  }

  export type NestedDateTimeNullableFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableFilter<$PrismaModel> | Date | string | null
  }

  export type NestedIntFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[] | ListIntFieldRefInput<$PrismaModel>
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel>
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntFilter<$PrismaModel> | number
  }

  export type NestedDateTimeFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeFilter<$PrismaModel> | Date | string
  }

  export type NestedStringWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringWithAggregatesFilter<$PrismaModel> | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedStringFilter<$PrismaModel>
    _max?: NestedStringFilter<$PrismaModel>
  }

  export type NestedStringNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringNullableWithAggregatesFilter<$PrismaModel> | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedStringNullableFilter<$PrismaModel>
    _max?: NestedStringNullableFilter<$PrismaModel>
  }

  export type NestedIntNullableFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel> | null
    in?: number[] | ListIntFieldRefInput<$PrismaModel> | null
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel> | null
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntNullableFilter<$PrismaModel> | number | null
  }

  export type NestedDateTimeNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableWithAggregatesFilter<$PrismaModel> | Date | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedDateTimeNullableFilter<$PrismaModel>
    _max?: NestedDateTimeNullableFilter<$PrismaModel>
  }

  export type NestedIntWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[] | ListIntFieldRefInput<$PrismaModel>
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel>
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntWithAggregatesFilter<$PrismaModel> | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedIntFilter<$PrismaModel>
    _min?: NestedIntFilter<$PrismaModel>
    _max?: NestedIntFilter<$PrismaModel>
  }

  export type NestedFloatFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel>
    in?: number[] | ListFloatFieldRefInput<$PrismaModel>
    notIn?: number[] | ListFloatFieldRefInput<$PrismaModel>
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatFilter<$PrismaModel> | number
  }

  export type NestedDateTimeWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeWithAggregatesFilter<$PrismaModel> | Date | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedDateTimeFilter<$PrismaModel>
    _max?: NestedDateTimeFilter<$PrismaModel>
  }

  export type AuditEventCreateWithoutConnectionInput = {
    id?: string
    type: string
    actorType: string
    actorId?: string | null
    actorLabel?: string | null
    message?: string | null
    metadata?: string | null
    createdAt?: Date | string
  }

  export type AuditEventUncheckedCreateWithoutConnectionInput = {
    id?: string
    type: string
    actorType: string
    actorId?: string | null
    actorLabel?: string | null
    message?: string | null
    metadata?: string | null
    createdAt?: Date | string
  }

  export type AuditEventCreateOrConnectWithoutConnectionInput = {
    where: AuditEventWhereUniqueInput
    create: XOR<AuditEventCreateWithoutConnectionInput, AuditEventUncheckedCreateWithoutConnectionInput>
  }

  export type AuditEventCreateManyConnectionInputEnvelope = {
    data: AuditEventCreateManyConnectionInput | AuditEventCreateManyConnectionInput[]
    skipDuplicates?: boolean
  }

  export type ConnectLinkCreateWithoutConnectionInput = {
    id?: string
    tokenHash: string
    externalId?: string | null
    note?: string | null
    createdBy?: string | null
    createdAt?: Date | string
    expiresAt: Date | string
    usedAt?: Date | string | null
    revokedAt?: Date | string | null
  }

  export type ConnectLinkUncheckedCreateWithoutConnectionInput = {
    id?: string
    tokenHash: string
    externalId?: string | null
    note?: string | null
    createdBy?: string | null
    createdAt?: Date | string
    expiresAt: Date | string
    usedAt?: Date | string | null
    revokedAt?: Date | string | null
  }

  export type ConnectLinkCreateOrConnectWithoutConnectionInput = {
    where: ConnectLinkWhereUniqueInput
    create: XOR<ConnectLinkCreateWithoutConnectionInput, ConnectLinkUncheckedCreateWithoutConnectionInput>
  }

  export type ConnectLinkCreateManyConnectionInputEnvelope = {
    data: ConnectLinkCreateManyConnectionInput | ConnectLinkCreateManyConnectionInput[]
    skipDuplicates?: boolean
  }

  export type AuditEventUpsertWithWhereUniqueWithoutConnectionInput = {
    where: AuditEventWhereUniqueInput
    update: XOR<AuditEventUpdateWithoutConnectionInput, AuditEventUncheckedUpdateWithoutConnectionInput>
    create: XOR<AuditEventCreateWithoutConnectionInput, AuditEventUncheckedCreateWithoutConnectionInput>
  }

  export type AuditEventUpdateWithWhereUniqueWithoutConnectionInput = {
    where: AuditEventWhereUniqueInput
    data: XOR<AuditEventUpdateWithoutConnectionInput, AuditEventUncheckedUpdateWithoutConnectionInput>
  }

  export type AuditEventUpdateManyWithWhereWithoutConnectionInput = {
    where: AuditEventScalarWhereInput
    data: XOR<AuditEventUpdateManyMutationInput, AuditEventUncheckedUpdateManyWithoutConnectionInput>
  }

  export type AuditEventScalarWhereInput = {
    AND?: AuditEventScalarWhereInput | AuditEventScalarWhereInput[]
    OR?: AuditEventScalarWhereInput[]
    NOT?: AuditEventScalarWhereInput | AuditEventScalarWhereInput[]
    id?: StringFilter<"AuditEvent"> | string
    type?: StringFilter<"AuditEvent"> | string
    connectionId?: StringNullableFilter<"AuditEvent"> | string | null
    actorType?: StringFilter<"AuditEvent"> | string
    actorId?: StringNullableFilter<"AuditEvent"> | string | null
    actorLabel?: StringNullableFilter<"AuditEvent"> | string | null
    message?: StringNullableFilter<"AuditEvent"> | string | null
    metadata?: StringNullableFilter<"AuditEvent"> | string | null
    createdAt?: DateTimeFilter<"AuditEvent"> | Date | string
  }

  export type ConnectLinkUpsertWithWhereUniqueWithoutConnectionInput = {
    where: ConnectLinkWhereUniqueInput
    update: XOR<ConnectLinkUpdateWithoutConnectionInput, ConnectLinkUncheckedUpdateWithoutConnectionInput>
    create: XOR<ConnectLinkCreateWithoutConnectionInput, ConnectLinkUncheckedCreateWithoutConnectionInput>
  }

  export type ConnectLinkUpdateWithWhereUniqueWithoutConnectionInput = {
    where: ConnectLinkWhereUniqueInput
    data: XOR<ConnectLinkUpdateWithoutConnectionInput, ConnectLinkUncheckedUpdateWithoutConnectionInput>
  }

  export type ConnectLinkUpdateManyWithWhereWithoutConnectionInput = {
    where: ConnectLinkScalarWhereInput
    data: XOR<ConnectLinkUpdateManyMutationInput, ConnectLinkUncheckedUpdateManyWithoutConnectionInput>
  }

  export type ConnectLinkScalarWhereInput = {
    AND?: ConnectLinkScalarWhereInput | ConnectLinkScalarWhereInput[]
    OR?: ConnectLinkScalarWhereInput[]
    NOT?: ConnectLinkScalarWhereInput | ConnectLinkScalarWhereInput[]
    id?: StringFilter<"ConnectLink"> | string
    tokenHash?: StringFilter<"ConnectLink"> | string
    externalId?: StringNullableFilter<"ConnectLink"> | string | null
    note?: StringNullableFilter<"ConnectLink"> | string | null
    createdBy?: StringNullableFilter<"ConnectLink"> | string | null
    createdAt?: DateTimeFilter<"ConnectLink"> | Date | string
    expiresAt?: DateTimeFilter<"ConnectLink"> | Date | string
    usedAt?: DateTimeNullableFilter<"ConnectLink"> | Date | string | null
    revokedAt?: DateTimeNullableFilter<"ConnectLink"> | Date | string | null
    connectionId?: StringNullableFilter<"ConnectLink"> | string | null
  }

  export type ConnectionCreateWithoutConnectLinksInput = {
    id?: string
    environment: string
    remoteCompanyId: string
    companyName: string
    remoteUserId?: string | null
    externalId?: string | null
    status?: string
    source?: string
    scope?: string | null
    refreshTokenEnc?: string | null
    accessTokenEnc?: string | null
    accessTokenExpiresAt?: Date | string | null
    leaseOwner?: string | null
    leaseExpiresAt?: Date | string | null
    tokenVersion?: number
    consecutiveFailures?: number
    retryNotBefore?: Date | string | null
    lastRefreshAt?: Date | string | null
    lastErrorCode?: string | null
    lastErrorMessage?: string | null
    lastErrorAt?: Date | string | null
    connectedAt?: Date | string
    connectedBy?: string | null
    disconnectedAt?: Date | string | null
    createdAt?: Date | string
    updatedAt?: Date | string
    auditEvents?: AuditEventCreateNestedManyWithoutConnectionInput
  }

  export type ConnectionUncheckedCreateWithoutConnectLinksInput = {
    id?: string
    environment: string
    remoteCompanyId: string
    companyName: string
    remoteUserId?: string | null
    externalId?: string | null
    status?: string
    source?: string
    scope?: string | null
    refreshTokenEnc?: string | null
    accessTokenEnc?: string | null
    accessTokenExpiresAt?: Date | string | null
    leaseOwner?: string | null
    leaseExpiresAt?: Date | string | null
    tokenVersion?: number
    consecutiveFailures?: number
    retryNotBefore?: Date | string | null
    lastRefreshAt?: Date | string | null
    lastErrorCode?: string | null
    lastErrorMessage?: string | null
    lastErrorAt?: Date | string | null
    connectedAt?: Date | string
    connectedBy?: string | null
    disconnectedAt?: Date | string | null
    createdAt?: Date | string
    updatedAt?: Date | string
    auditEvents?: AuditEventUncheckedCreateNestedManyWithoutConnectionInput
  }

  export type ConnectionCreateOrConnectWithoutConnectLinksInput = {
    where: ConnectionWhereUniqueInput
    create: XOR<ConnectionCreateWithoutConnectLinksInput, ConnectionUncheckedCreateWithoutConnectLinksInput>
  }

  export type ConnectionUpsertWithoutConnectLinksInput = {
    update: XOR<ConnectionUpdateWithoutConnectLinksInput, ConnectionUncheckedUpdateWithoutConnectLinksInput>
    create: XOR<ConnectionCreateWithoutConnectLinksInput, ConnectionUncheckedCreateWithoutConnectLinksInput>
    where?: ConnectionWhereInput
  }

  export type ConnectionUpdateToOneWithWhereWithoutConnectLinksInput = {
    where?: ConnectionWhereInput
    data: XOR<ConnectionUpdateWithoutConnectLinksInput, ConnectionUncheckedUpdateWithoutConnectLinksInput>
  }

  export type ConnectionUpdateWithoutConnectLinksInput = {
    id?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    remoteCompanyId?: StringFieldUpdateOperationsInput | string
    companyName?: StringFieldUpdateOperationsInput | string
    remoteUserId?: NullableStringFieldUpdateOperationsInput | string | null
    externalId?: NullableStringFieldUpdateOperationsInput | string | null
    status?: StringFieldUpdateOperationsInput | string
    source?: StringFieldUpdateOperationsInput | string
    scope?: NullableStringFieldUpdateOperationsInput | string | null
    refreshTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    accessTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    accessTokenExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    leaseOwner?: NullableStringFieldUpdateOperationsInput | string | null
    leaseExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    tokenVersion?: IntFieldUpdateOperationsInput | number
    consecutiveFailures?: IntFieldUpdateOperationsInput | number
    retryNotBefore?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastRefreshAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastErrorCode?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorMessage?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    connectedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    connectedBy?: NullableStringFieldUpdateOperationsInput | string | null
    disconnectedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    auditEvents?: AuditEventUpdateManyWithoutConnectionNestedInput
  }

  export type ConnectionUncheckedUpdateWithoutConnectLinksInput = {
    id?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    remoteCompanyId?: StringFieldUpdateOperationsInput | string
    companyName?: StringFieldUpdateOperationsInput | string
    remoteUserId?: NullableStringFieldUpdateOperationsInput | string | null
    externalId?: NullableStringFieldUpdateOperationsInput | string | null
    status?: StringFieldUpdateOperationsInput | string
    source?: StringFieldUpdateOperationsInput | string
    scope?: NullableStringFieldUpdateOperationsInput | string | null
    refreshTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    accessTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    accessTokenExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    leaseOwner?: NullableStringFieldUpdateOperationsInput | string | null
    leaseExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    tokenVersion?: IntFieldUpdateOperationsInput | number
    consecutiveFailures?: IntFieldUpdateOperationsInput | number
    retryNotBefore?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastRefreshAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastErrorCode?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorMessage?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    connectedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    connectedBy?: NullableStringFieldUpdateOperationsInput | string | null
    disconnectedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    auditEvents?: AuditEventUncheckedUpdateManyWithoutConnectionNestedInput
  }

  export type ConnectionCreateWithoutAuditEventsInput = {
    id?: string
    environment: string
    remoteCompanyId: string
    companyName: string
    remoteUserId?: string | null
    externalId?: string | null
    status?: string
    source?: string
    scope?: string | null
    refreshTokenEnc?: string | null
    accessTokenEnc?: string | null
    accessTokenExpiresAt?: Date | string | null
    leaseOwner?: string | null
    leaseExpiresAt?: Date | string | null
    tokenVersion?: number
    consecutiveFailures?: number
    retryNotBefore?: Date | string | null
    lastRefreshAt?: Date | string | null
    lastErrorCode?: string | null
    lastErrorMessage?: string | null
    lastErrorAt?: Date | string | null
    connectedAt?: Date | string
    connectedBy?: string | null
    disconnectedAt?: Date | string | null
    createdAt?: Date | string
    updatedAt?: Date | string
    connectLinks?: ConnectLinkCreateNestedManyWithoutConnectionInput
  }

  export type ConnectionUncheckedCreateWithoutAuditEventsInput = {
    id?: string
    environment: string
    remoteCompanyId: string
    companyName: string
    remoteUserId?: string | null
    externalId?: string | null
    status?: string
    source?: string
    scope?: string | null
    refreshTokenEnc?: string | null
    accessTokenEnc?: string | null
    accessTokenExpiresAt?: Date | string | null
    leaseOwner?: string | null
    leaseExpiresAt?: Date | string | null
    tokenVersion?: number
    consecutiveFailures?: number
    retryNotBefore?: Date | string | null
    lastRefreshAt?: Date | string | null
    lastErrorCode?: string | null
    lastErrorMessage?: string | null
    lastErrorAt?: Date | string | null
    connectedAt?: Date | string
    connectedBy?: string | null
    disconnectedAt?: Date | string | null
    createdAt?: Date | string
    updatedAt?: Date | string
    connectLinks?: ConnectLinkUncheckedCreateNestedManyWithoutConnectionInput
  }

  export type ConnectionCreateOrConnectWithoutAuditEventsInput = {
    where: ConnectionWhereUniqueInput
    create: XOR<ConnectionCreateWithoutAuditEventsInput, ConnectionUncheckedCreateWithoutAuditEventsInput>
  }

  export type ConnectionUpsertWithoutAuditEventsInput = {
    update: XOR<ConnectionUpdateWithoutAuditEventsInput, ConnectionUncheckedUpdateWithoutAuditEventsInput>
    create: XOR<ConnectionCreateWithoutAuditEventsInput, ConnectionUncheckedCreateWithoutAuditEventsInput>
    where?: ConnectionWhereInput
  }

  export type ConnectionUpdateToOneWithWhereWithoutAuditEventsInput = {
    where?: ConnectionWhereInput
    data: XOR<ConnectionUpdateWithoutAuditEventsInput, ConnectionUncheckedUpdateWithoutAuditEventsInput>
  }

  export type ConnectionUpdateWithoutAuditEventsInput = {
    id?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    remoteCompanyId?: StringFieldUpdateOperationsInput | string
    companyName?: StringFieldUpdateOperationsInput | string
    remoteUserId?: NullableStringFieldUpdateOperationsInput | string | null
    externalId?: NullableStringFieldUpdateOperationsInput | string | null
    status?: StringFieldUpdateOperationsInput | string
    source?: StringFieldUpdateOperationsInput | string
    scope?: NullableStringFieldUpdateOperationsInput | string | null
    refreshTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    accessTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    accessTokenExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    leaseOwner?: NullableStringFieldUpdateOperationsInput | string | null
    leaseExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    tokenVersion?: IntFieldUpdateOperationsInput | number
    consecutiveFailures?: IntFieldUpdateOperationsInput | number
    retryNotBefore?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastRefreshAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastErrorCode?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorMessage?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    connectedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    connectedBy?: NullableStringFieldUpdateOperationsInput | string | null
    disconnectedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    connectLinks?: ConnectLinkUpdateManyWithoutConnectionNestedInput
  }

  export type ConnectionUncheckedUpdateWithoutAuditEventsInput = {
    id?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    remoteCompanyId?: StringFieldUpdateOperationsInput | string
    companyName?: StringFieldUpdateOperationsInput | string
    remoteUserId?: NullableStringFieldUpdateOperationsInput | string | null
    externalId?: NullableStringFieldUpdateOperationsInput | string | null
    status?: StringFieldUpdateOperationsInput | string
    source?: StringFieldUpdateOperationsInput | string
    scope?: NullableStringFieldUpdateOperationsInput | string | null
    refreshTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    accessTokenEnc?: NullableStringFieldUpdateOperationsInput | string | null
    accessTokenExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    leaseOwner?: NullableStringFieldUpdateOperationsInput | string | null
    leaseExpiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    tokenVersion?: IntFieldUpdateOperationsInput | number
    consecutiveFailures?: IntFieldUpdateOperationsInput | number
    retryNotBefore?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastRefreshAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastErrorCode?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorMessage?: NullableStringFieldUpdateOperationsInput | string | null
    lastErrorAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    connectedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    connectedBy?: NullableStringFieldUpdateOperationsInput | string | null
    disconnectedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    connectLinks?: ConnectLinkUncheckedUpdateManyWithoutConnectionNestedInput
  }

  export type AuditEventCreateManyConnectionInput = {
    id?: string
    type: string
    actorType: string
    actorId?: string | null
    actorLabel?: string | null
    message?: string | null
    metadata?: string | null
    createdAt?: Date | string
  }

  export type ConnectLinkCreateManyConnectionInput = {
    id?: string
    tokenHash: string
    externalId?: string | null
    note?: string | null
    createdBy?: string | null
    createdAt?: Date | string
    expiresAt: Date | string
    usedAt?: Date | string | null
    revokedAt?: Date | string | null
  }

  export type AuditEventUpdateWithoutConnectionInput = {
    id?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    actorType?: StringFieldUpdateOperationsInput | string
    actorId?: NullableStringFieldUpdateOperationsInput | string | null
    actorLabel?: NullableStringFieldUpdateOperationsInput | string | null
    message?: NullableStringFieldUpdateOperationsInput | string | null
    metadata?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type AuditEventUncheckedUpdateWithoutConnectionInput = {
    id?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    actorType?: StringFieldUpdateOperationsInput | string
    actorId?: NullableStringFieldUpdateOperationsInput | string | null
    actorLabel?: NullableStringFieldUpdateOperationsInput | string | null
    message?: NullableStringFieldUpdateOperationsInput | string | null
    metadata?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type AuditEventUncheckedUpdateManyWithoutConnectionInput = {
    id?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    actorType?: StringFieldUpdateOperationsInput | string
    actorId?: NullableStringFieldUpdateOperationsInput | string | null
    actorLabel?: NullableStringFieldUpdateOperationsInput | string | null
    message?: NullableStringFieldUpdateOperationsInput | string | null
    metadata?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type ConnectLinkUpdateWithoutConnectionInput = {
    id?: StringFieldUpdateOperationsInput | string
    tokenHash?: StringFieldUpdateOperationsInput | string
    externalId?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    createdBy?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    expiresAt?: DateTimeFieldUpdateOperationsInput | Date | string
    usedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revokedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type ConnectLinkUncheckedUpdateWithoutConnectionInput = {
    id?: StringFieldUpdateOperationsInput | string
    tokenHash?: StringFieldUpdateOperationsInput | string
    externalId?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    createdBy?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    expiresAt?: DateTimeFieldUpdateOperationsInput | Date | string
    usedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revokedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type ConnectLinkUncheckedUpdateManyWithoutConnectionInput = {
    id?: StringFieldUpdateOperationsInput | string
    tokenHash?: StringFieldUpdateOperationsInput | string
    externalId?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    createdBy?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    expiresAt?: DateTimeFieldUpdateOperationsInput | Date | string
    usedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revokedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }



  /**
   * Batch Payload for updateMany & deleteMany & createMany
   */

  export type BatchPayload = {
    count: number
  }

  /**
   * DMMF
   */
  export const dmmf: runtime.BaseDMMF
}