// A file system for the library's writers (src/backend/storage/fsio.ts) that fails on cue: a disk with only so
// many bytes left (the write that crosses the line is cut short, the next one gets ENOSPC, as on Linux),
// writes that take only part of what they are given, and EIO (or any errno) on the next write, fsync,
// fdatasync, rename or copy of a file whose path matches. Everything else goes to node:fs.
import fs from 'node:fs';
import { nodeFs, type FileSystem } from '../../src/backend/storage/fsio.js';

type Op = 'write' | 'fsync' | 'fdatasync' | 'rename' | 'copy' | 'truncate';

interface Fault {
  op: Op;
  code: string;
  match: (file: string) => boolean;
  times: number;
}

export class FaultyFs implements FileSystem {
  /** bytes that can still be written (a full disk at 0) */
  free = Infinity;
  /** at most this many bytes per write call (short writes); Infinity for whole writes */
  maxWrite = Infinity;
  /** what was refused, for the test to report */
  readonly refused: string[] = [];
  private readonly paths = new Map<number, string>();
  private readonly faults: Fault[] = [];

  /** The next `times` calls of `op` on a matching file fail with `code`. */
  fail(op: Op, code: string, match: (file: string) => boolean = () => true, times = 1): this {
    this.faults.push({ op, code, match, times });
    return this;
  }

  private check(op: Op, file: string): void {
    const f = this.faults.find((x) => x.op === op && x.times > 0 && x.match(file));
    if (!f) return;
    f.times--;
    this.refused.push(`${op} ${f.code}`);
    throw errno(f.code, op, file);
  }

  openSync(p: string, flags: string): number {
    const fd = nodeFs.openSync(p, flags);
    this.paths.set(fd, p);
    return fd;
  }

  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number {
    const file = this.paths.get(fd) ?? `fd ${fd}`;
    this.check('write', file);
    if (this.free <= 0) {
      this.refused.push('write ENOSPC');
      throw errno('ENOSPC', 'write', file);
    }
    const n = Math.min(length, this.maxWrite, this.free);
    const wrote = nodeFs.writeSync(fd, buffer, offset, n, position);
    this.free -= wrote;
    return wrote;
  }

  fsyncSync(fd: number): void {
    this.check('fsync', this.paths.get(fd) ?? '');
    nodeFs.fsyncSync(fd);
  }

  fdatasyncSync(fd: number): void {
    this.check('fdatasync', this.paths.get(fd) ?? '');
    nodeFs.fdatasyncSync(fd);
  }

  ftruncateSync(fd: number, len: number): void {
    this.check('truncate', this.paths.get(fd) ?? '');
    nodeFs.ftruncateSync(fd, len);
  }

  fstatSync(fd: number): { size: number } {
    return nodeFs.fstatSync(fd);
  }

  closeSync(fd: number): void {
    this.paths.delete(fd);
    nodeFs.closeSync(fd);
  }

  renameSync(from: string, to: string): void {
    this.check('rename', to);
    nodeFs.renameSync(from, to);
  }

  unlinkSync(p: string): void {
    nodeFs.unlinkSync(p);
  }

  copyFileSync(from: string, to: string): void {
    this.check('copy', to);
    const size = fs.statSync(from).size;
    if (size > this.free) {
      // A copy on a full disk leaves part of the file, as the real one does.
      const part = Math.max(0, Math.floor(this.free));
      fs.writeFileSync(to, fs.readFileSync(from).subarray(0, part));
      this.free -= part;
      this.refused.push('copy ENOSPC');
      throw errno('ENOSPC', 'copyfile', to);
    }
    nodeFs.copyFileSync(from, to);
    this.free -= size;
  }

  linkSync(from: string, to: string): void {
    nodeFs.linkSync(from, to);
  }

  mkdirSync(p: string, opts?: { recursive?: boolean }): unknown {
    return nodeFs.mkdirSync(p, opts);
  }

  rmSync(p: string, opts?: { recursive?: boolean; force?: boolean }): void {
    nodeFs.rmSync(p, opts);
  }
}

function errno(code: string, syscall: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected, ${syscall} '${file}'`), { code, syscall, path: file });
}
