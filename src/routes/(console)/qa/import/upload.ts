/**
 * The one browser call of the import page: POST a file and read the answer as it streams.
 *
 * XMLHttpRequest rather than fetch: fetch reports no upload progress, and for a file of up to
 * 25 MB the upload is most of the wait. XHR also hands over the response text while it arrives
 * (`responseText` during LOADING), which is all an NDJSON stream needs.
 */

export interface UploadRequest {
	url: string;
	body: Blob;
	headers: Record<string, string>;
}

export interface UploadEvents {
	/** Bytes of the body sent so far. */
	sent(loaded: number, total: number): void;
	/** More of the response body, with the response's status. */
	received(status: number, chunk: string): void;
}

/**
 * Sends the request; resolves with the status once the whole answer was received. A request
 * that never got an answer rejects with a TypeError (as fetch does, so `describeError` says
 * "network"); an aborted one with an AbortError.
 */
export type Upload = (request: UploadRequest, events: UploadEvents, signal: AbortSignal) => Promise<number>;

export const xhrUpload: Upload = (request, events, signal) =>
	new Promise<number>((resolve, reject) => {
		const xhr = new XMLHttpRequest();
		let seen = 0;
		const flush = () => {
			const text = xhr.responseText;
			if (text.length === seen) return;
			events.received(xhr.status, text.slice(seen));
			seen = text.length;
		};
		xhr.open('POST', request.url);
		for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
		// Upload listeners must be in place before send() for the browser to report progress.
		xhr.upload.onprogress = (event) => {
			if (event.lengthComputable) events.sent(event.loaded, event.total);
		};
		xhr.upload.onload = () => events.sent(request.body.size, request.body.size);
		xhr.onprogress = flush;
		xhr.onload = () => {
			flush();
			resolve(xhr.status);
		};
		xhr.onerror = () => reject(new TypeError('The import request failed.'));
		xhr.onabort = () => reject(new DOMException('The import was cancelled.', 'AbortError'));
		if (signal.aborted) {
			reject(new DOMException('The import was cancelled.', 'AbortError'));
			return;
		}
		signal.addEventListener('abort', () => xhr.abort(), { once: true });
		xhr.send(request.body);
	});
