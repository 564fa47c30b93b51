// ICU formatters, made once per locale and options. Making an `Intl` formatter means
// resolving its locale and building its patterns: dozens of times the cost of one
// `format()` call. A list draws the same few formats on every row, so each is made the
// first time it is asked for and kept for the page's life (a few locales times a few
// option sets: the cache stays small).

type Options = object;

function cacheOf<T>(make: (locale: string, options: Options) => T): (locale: string, options?: Options) => T {
  const made = new Map<string, T>();
  return (locale, options = {}) => {
    // Options are plain data (strings, numbers, booleans); keys left undefined drop out.
    const key = `${locale}\u0000${JSON.stringify(options)}`;
    let formatter = made.get(key);
    if (formatter === undefined) {
      // A locale or option Intl refuses throws here, and nothing is kept.
      formatter = make(locale, options);
      made.set(key, formatter);
    }
    return formatter;
  };
}

export const dateTimeFormat: (locale: string, options?: Intl.DateTimeFormatOptions) => Intl.DateTimeFormat = cacheOf(
  (locale, options) => new Intl.DateTimeFormat(locale, options),
);

export const numberFormat: (locale: string, options?: Intl.NumberFormatOptions) => Intl.NumberFormat = cacheOf(
  (locale, options) => new Intl.NumberFormat(locale, options),
);

export const relativeTimeFormat: (
  locale: string,
  options?: Intl.RelativeTimeFormatOptions,
) => Intl.RelativeTimeFormat = cacheOf((locale, options) => new Intl.RelativeTimeFormat(locale, options));

export const displayNames: (locale: string, options: Intl.DisplayNamesOptions) => Intl.DisplayNames = cacheOf(
  (locale, options) => new Intl.DisplayNames([locale], options as Intl.DisplayNamesOptions),
);
