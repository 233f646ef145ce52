/** A file that cannot be read as a gallery export; its message is for the user. */
export class ArchiveError extends Error {
  override name = 'ArchiveError'
}
