import { download } from '../download';

/** One document being made and downloaded: whether it is under way, done, or failed. */
export class DocumentDownload {
  working = $state(false);
  done = $state(false);
  failed = $state(false);

  async run(make: () => Promise<{ blob: Blob; fileName: string }>, type: string): Promise<void> {
    if (this.working) return;
    this.working = true;
    this.done = false;
    this.failed = false;
    try {
      const file = await make();
      download(file.blob, file.fileName, type);
      this.done = true;
    } catch (error) {
      console.error(error);
      this.failed = true;
    } finally {
      this.working = false;
    }
  }
}
