// Where the sync password is kept. The desktop app passes a store that encrypts it with Electron's safeStorage
// (the system keychain); the command line and `factdeck serve` have no keychain, so they keep it in a file only
// this user account can read, and say so where the password is typed. Never in preferences, backups, the log
// or a report.
import fs from 'node:fs';
import path from 'node:path';

export interface SecretStore {
  load(): string | null;
  /** null forgets it */
  save(password: string | null): void;
  /** where it is kept, in words a person reads next to the password field */
  readonly where: string;
}

/** A password given for one run (not kept); one saved meanwhile goes where passwords are kept. */
export function givenForThisRun(password: string, kept: SecretStore): SecretStore {
  return { where: 'given for this run only (not kept)', load: () => password, save: (p) => kept.save(p) };
}

/** A file readable by this user only (mode 0600), in the library's sync/ folder. */
export function fileSecrets(dir: string): SecretStore {
  const file = path.join(dir, 'password.json');
  return {
    where: `in ${file}, readable only by your user account (not encrypted: only the desktop app can use the system keychain)`,
    ...secretFile(file, {
      encode: (password) => Buffer.from(JSON.stringify({ password })),
      decode: (bytes) => {
        const v = (JSON.parse(bytes.toString('utf8')) as { password?: unknown }).password;
        return typeof v === 'string' ? v : null;
      },
    }),
  };
}

/** Loading and saving a password as one file of bytes (encoded as the store wants), mode 0600. */
export function secretFile(
  file: string,
  codec: { encode(password: string): Buffer; decode(bytes: Buffer): string | null },
): Pick<SecretStore, 'load' | 'save'> {
  return {
    load() {
      try {
        return codec.decode(fs.readFileSync(file));
      } catch {
        return null;
      }
    },
    save(password) {
      if (password === null) {
        fs.rmSync(file, { force: true });
        return;
      }
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      // Made 0600 from the start (never readable by others, not even for a moment), then renamed into place.
      const tmp = `${file}.${process.pid}.tmp`;
      const fd = fs.openSync(tmp, 'w', 0o600);
      try {
        fs.writeSync(fd, codec.encode(password));
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, file);
    },
  };
}
