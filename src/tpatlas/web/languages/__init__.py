"""Languages in the address: English pages at their own addresses, Spanish under /es/ (see
docs/decisions/0004-language-in-the-address.md). Owns the prefix rules, the middleware that picks
the language (the address for pages, ``lang`` or Accept-Language for the API), the switcher, the
sitemap, and the template filters that keep links and English fallbacks in their language."""
