// A benchmark's command line: `--name=value` or `--name value` options, positive counts, flags.

/** @param {string[]} args */
export function readArgs(args) {
	const option = (name) => {
		const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
		if (i < 0) return undefined;
		return args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1];
	};
	const count = (name, fallback) => {
		const value = option(name);
		if (value === undefined) return fallback;
		const n = Number(value);
		if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, not ${value}`);
		return n;
	};
	return { option, count, flag: (name) => args.includes(`--${name}`) };
}
