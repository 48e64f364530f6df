// Key presses on a virtual display, for the one thing headless Chromium cannot do: answer the
// browser's own permission prompt (tests/e2e/options.test.ts). A minimal X11 client speaking
// just enough of the core protocol and XTEST, plus an Xvfb it starts on a free display.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './server';

/** The virtual screen: Chromium's window and its prompt must fit. */
export const SCREEN = { width: 1280, height: 900 };

/** A minimal X11 client: enough of the core protocol and XTEST to press keys. */
export class XKeyboard {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private waiting: Array<{ resolve(b: Buffer): void; reject(e: Error): void }> = [];
  private keycodes = new Map<number, number>();
  private xtest = 0;
  root = 0;

  private constructor(private readonly socket: net.Socket) {}

  static async connect(display: string): Promise<XKeyboard> {
    const socket = net.createConnection(`/tmp/.X11-unix/X${display.replace(/^:/, '')}`);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const x = new XKeyboard(socket);
    // Connection setup: little-endian, protocol 11.0, no authorisation (our own Xvfb).
    const setup = await new Promise<Buffer>((resolve, reject) => {
      let got = Buffer.alloc(0);
      const onData = (chunk: Buffer) => {
        got = Buffer.concat([got, chunk]);
        if (got.length >= 8 && got.length >= 8 + got.readUInt16LE(6) * 4) {
          socket.off('data', onData);
          resolve(got);
        }
      };
      socket.on('data', onData);
      socket.once('error', reject);
      socket.write(Buffer.from([0x6c, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    });
    if (setup[0] !== 1) throw new Error('X server refused the connection');
    socket.on('data', (chunk: Buffer) => x.onData(chunk));
    const [min, max] = [setup[34]!, setup[35]!];
    const vendor = setup.readUInt16LE(24);
    x.root = setup.readUInt32LE(40 + Math.ceil(vendor / 4) * 4 + setup[29]! * 8);
    const name = Buffer.from('XTEST');
    const query = Buffer.alloc(8 + 8);
    query.writeUInt8(98, 0);
    query.writeUInt16LE(4, 2);
    query.writeUInt16LE(name.length, 4);
    name.copy(query, 8);
    const ext = await x.request(query);
    if (ext[8] !== 1) throw new Error('the X server has no XTEST extension');
    x.xtest = ext[9]!;
    const mapping = Buffer.from([101, 0, 2, 0, min, max - min + 1, 0, 0]);
    const keys = await x.request(mapping);
    const perCode = keys[1]!;
    for (let code = min; code <= max; code++) {
      const sym = keys.readUInt32LE(32 + (code - min) * perCode * 4);
      if (!x.keycodes.has(sym)) x.keycodes.set(sym, code);
    }
    return x;
  }

  private onData(chunk: Buffer) {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    while (this.buffered >= 32) {
      // Replies can be megabytes (GetImage): glue the chunks only once one is complete.
      const head = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
      this.chunks = [head];
      const size = head[0] === 1 ? 32 + head.readUInt32LE(4) * 4 : 32;
      if (head.length < size) return;
      const message = head.subarray(0, size);
      this.chunks = head.length > size ? [head.subarray(size)] : [];
      this.buffered -= size;
      if (message[0] === 1) this.waiting.shift()?.resolve(message);
      else if (message[0] === 0) this.waiting.shift()?.reject(new Error(`X error ${message[1]}`));
    }
  }

  private request(bytes: Buffer): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.socket.write(bytes);
    });
  }

  /** The window that has the keyboard now. */
  async focus(): Promise<number> {
    return (await this.request(Buffer.from([43, 0, 1, 0]))).readUInt32LE(8);
  }

  /** The screen's pixels (32 bits each), for telling when the browser draws a prompt. */
  async screen(width: number, height: number): Promise<Buffer> {
    const req = Buffer.alloc(20);
    req.writeUInt8(73, 0); // GetImage
    req.writeUInt8(2, 1); // ZPixmap
    req.writeUInt16LE(5, 2);
    req.writeUInt32LE(this.root, 4);
    req.writeUInt16LE(width, 12);
    req.writeUInt16LE(height, 14);
    req.writeUInt32LE(0xffffffff, 16);
    return (await this.request(req)).subarray(32);
  }

  private keycode(keysym: number): number {
    const code = this.keycodes.get(keysym);
    if (!code) throw new Error(`no keycode for keysym ${keysym.toString(16)}`);
    return code;
  }

  /** One XTestFakeInput: a KeyPress (2) or KeyRelease (3) of `code`. */
  private fake(type: 2 | 3, code: number): void {
    const fake = Buffer.alloc(36);
    fake.writeUInt8(this.xtest, 0);
    fake.writeUInt8(2, 1); // XTestFakeInput
    fake.writeUInt16LE(9, 2);
    fake.writeUInt8(type, 4);
    fake.writeUInt8(code, 5);
    this.socket.write(fake);
  }

  /** Presses and releases one key (an X keysym), then waits until the server has done it. */
  async press(keysym: number): Promise<void> {
    await this.chord([], keysym);
  }

  /** Holds `modifiers` down, presses and releases `key`, lets the modifiers go (a shortcut). */
  async chord(modifiers: readonly number[], key: number): Promise<void> {
    const held = modifiers.map((keysym) => this.keycode(keysym));
    const code = this.keycode(key);
    for (const m of held) this.fake(2, m);
    this.fake(2, code);
    this.fake(3, code);
    for (const m of [...held].reverse()) this.fake(3, m);
    await this.focus();
  }

  close() {
    this.socket.destroy();
  }
}

export const KEY = {
  tab: 0xff09,
  enter: 0xff0d,
  escape: 0xff1b,
  shift: 0xffe1,
  alt: 0xffe9,
  e: 0x65,
};

/** Xvfb on a free display number, chosen by the server itself (-displayfd). */
export async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', `${SCREEN.width}x${SCREEN.height}x24`, '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    },
  );
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    xvfb.stdio[3]!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.once('error', (e) =>
      reject(new Error(`Xvfb could not start (apt-get install xvfb): ${e}`)),
    );
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  return { display, process: xvfb };
}

/**
 * A headed Chromium with the built extension on its own virtual display, with a keyboard that
 * presses keys through the X server (what a browser shortcut or a native prompt needs: CDP key
 * events go to the page), the fixture server, and an extension page open for reading storage.
 * `close` ends all of it.
 */
export interface HeadedSession {
  browser: LaunchedBrowser;
  keyboard: XKeyboard;
  server: FixtureServer;
  /** An extension page (popup.html), for reading the database and storage. */
  reader: Page;
  close(): Promise<void>;
}

export async function launchHeaded(extensionDir: string): Promise<HeadedSession> {
  const xvfb = await startXvfb();
  process.env.DISPLAY = xvfb.display;
  const keyboard = await XKeyboard.connect(xvfb.display);
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ extensionDir, port: server.port, headless: false });
  const reader = await browser.context.newPage();
  await reader.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return {
    browser,
    keyboard,
    server,
    reader,
    async close() {
      await browser.close();
      await server.close();
      keyboard.close();
      xvfb.process.kill();
    },
  };
}

/** Share of sampled pixels that differ between two screen captures. */
function changed(a: Buffer, b: Buffer): number {
  let differ = 0;
  let seen = 0;
  for (let i = 0; i + 4 <= a.length; i += 4 * 7) {
    seen++;
    if (a.readUInt32LE(i) !== b.readUInt32LE(i)) differ++;
  }
  return differ / seen;
}

/**
 * Does what the user does at the browser's permission prompt: `act` clicks the page control
 * that asks; once the prompt is drawn (it lives inside the browser window, so neither a new X
 * window nor a focus change shows it: the screen does), Tab from "Deny" (focused first) to
 * "Allow" and Enter — or Escape to decline.
 */
export async function answerPrompt(
  keyboard: XKeyboard,
  act: () => Promise<void>,
  allow: boolean,
): Promise<void> {
  const before = await keyboard.screen(SCREEN.width, SCREEN.height);
  await act();
  const deadline = Date.now() + 15_000;
  while (changed(before, await keyboard.screen(SCREEN.width, SCREEN.height)) < 0.01) {
    if (Date.now() > deadline) throw new Error('no permission prompt appeared on the screen');
    await new Promise((r) => setTimeout(r, 150));
  }
  // The prompt's buttons take input only after a short delay (a guard against clickjacking).
  await new Promise((r) => setTimeout(r, 800));
  if (allow) {
    await keyboard.press(KEY.tab);
    await keyboard.press(KEY.enter);
  } else {
    await keyboard.press(KEY.escape);
  }
}
