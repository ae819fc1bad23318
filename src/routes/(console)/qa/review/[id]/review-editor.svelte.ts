import type * as Y from 'yjs';
import {
	commentOf,
	readReview,
	reviewMap,
	reviewsMap,
	scorecardOf,
	scorecardsMap,
	setAnswer,
	setRootCause,
	submitReview,
	type ReviewState,
	type RootCause
} from '$lib/domain/qa/room';
import type { Scorecard } from '$lib/domain/qa/scorecard';
import { NA, scoreReview, validateAnswers } from '$lib/domain/qa/scoring';
import { roomName } from '$lib/protocol/rooms';
import { canEditIn, editStateOf, type EditState } from '$lib/sync/edit-state';
import type { RoomLease, RoomRegistry } from '$lib/sync/registry';
import { bindTextarea } from '$lib/sync/textarea';
import { RoomView, YValue } from '$lib/sync/views.svelte';
import { nowIso } from './now';

/**
 * One review of a QA month room for the review screen: holds the room while the screen lives,
 * reads the review and its scorecard reactively, and writes every edit into the room (so it
 * works offline and merges field by field with other reviewers).
 */
export class ReviewEditor {
	readonly view: RoomView;
	readonly #lease: RoomLease;
	readonly #reviewId: string;
	readonly #userId: string;
	readonly #review: YValue<ReviewState | null>;
	readonly #scorecard: YValue<Scorecard | null>;

	constructor(registry: RoomRegistry, scope: { clientId: string; month: string; reviewId: string }, userId: string) {
		this.#lease = registry.open(roomName('qa', scope.clientId, scope.month));
		this.#reviewId = scope.reviewId;
		this.#userId = userId;
		this.view = new RoomView(this.#lease.room);
		const doc = this.#lease.room.doc;
		this.#review = new YValue(reviewsMap(doc), () => {
			const map = reviewMap(doc, scope.reviewId);
			return map ? readReview(map) : null;
		});
		this.#scorecard = new YValue(scorecardsMap(doc), () => {
			const map = reviewMap(doc, scope.reviewId);
			return map ? scorecardOf(doc, readReview(map).seed) : null;
		});
	}

	get doc(): Y.Doc {
		return this.#lease.room.doc;
	}

	/** Null until the room has loaded (or when the review is not in it). */
	get review(): ReviewState | null {
		return this.#review.current;
	}

	/** Re-read when the review or the scorecards change (either may land first while restoring). */
	get scorecard(): Scorecard | null {
		return this.#review.current ? this.#scorecard.current : null;
	}

	readonly state: EditState = $derived.by(() => editStateOf(this.view));

	readonly editable: boolean = $derived(canEditIn(this.state) && this.review?.status === 'open');

	/** Each category's answer: a value, 'na', or undefined when unanswered. */
	readonly answers: Readonly<Record<string, number | typeof NA>> = $derived(
		Object.fromEntries(this.review?.answers.map((a) => [a.categoryId, a.value]) ?? [])
	);

	/** The live score of the current answers; null until every category is answered. */
	readonly score: number | null = $derived.by(() => {
		const { scorecard, review } = this;
		if (!scorecard || !review || validateAnswers(scorecard, review.answers).length > 0) return null;
		return scoreReview(scorecard, review.answers).score;
	});

	#map(): Y.Map<unknown> | null {
		return reviewMap(this.doc, this.#reviewId);
	}

	setAnswer(categoryId: string, value: number | typeof NA | null): void {
		const map = this.#map();
		if (map && this.editable) setAnswer(map, categoryId, value, this.#userId, nowIso());
	}

	setRootCause(rootCause: RootCause | null): void {
		const map = this.#map();
		if (map && this.editable) setRootCause(map, rootCause, this.#userId, nowIso());
	}

	/** Submits when complete; returns what is missing otherwise (and changes nothing). */
	submit(): string[] {
		const map = this.#map();
		if (!map || !this.editable) return [];
		return submitReview(this.doc, map, this.#userId, nowIso());
	}

	/** A Svelte attachment for the comment box: bound to the review's Y.Text, splice by splice. */
	readonly attachComment = (textarea: HTMLTextAreaElement): (() => void) => {
		const map = this.#map();
		return map ? bindTextarea(textarea, commentOf(map)) : () => {};
	};

	destroy(): void {
		this.#lease.release();
	}
}
