// The sync password in the desktop app: encrypted with Electron's safeStorage (the macOS Keychain, Windows
// DPAPI, or the Linux Secret Service / KWallet), kept as bytes in the library's sync/ folder. Only this app,
// run by this user, can decrypt it. Where Linux has no keyring, safeStorage would only obfuscate it: the app
// then says so next to the password field rather than pretending it is encrypted.
import path from 'node:path';
import { safeStorage } from 'electron';
import { secretFile, type SecretStore } from '../src/backend/sync/secrets.js';

export function safeSecrets(dataDir: string): SecretStore {
  const file = path.join(dataDir, 'sync', 'password.bin');
  const weak = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  return {
    where:
      !safeStorage.isEncryptionAvailable() || weak
        ? `in ${file}, only obscured: this system has no keyring for Factdeck to encrypt it with`
        : `encrypted with your system's keychain (Electron safeStorage), in ${file}`,
    ...secretFile(file, { encode: (p) => safeStorage.encryptString(p), decode: (b) => safeStorage.decryptString(b) }),
  };
}
