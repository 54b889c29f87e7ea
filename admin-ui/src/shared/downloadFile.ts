/** A file the server made (a data export, an AMAP archive), as the API's `DataFile` gives it. */
export interface DataFile {
  fileName: string;
  mediaType: string;
  encoding: "utf8" | "base64";
  content: string;
  byteSize: number;
}

/** The file's bytes: text as UTF-8, base64 decoded. */
export function fileBytes(file: DataFile): Uint8Array {
  if (file.encoding === "utf8") return new TextEncoder().encode(file.content);
  const bin = atob(file.content);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Offers a server-made file as a download, under its own name. */
export function downloadFile(file: DataFile): void {
  const bytes = fileBytes(file);
  const url = URL.createObjectURL(new Blob([bytes.buffer as ArrayBuffer], { type: file.mediaType }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
