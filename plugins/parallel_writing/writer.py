"""A Pelican writer that writes every page at the end, on every core.

Pelican renders and writes a page the moment a generator asks for it, in
one process; rendering templates is most of a build's work once the
clippings are normalized. `DeferredWriter` only records what generators ask
for; `write_out()` (called by the `WriteOut` step after the last generator)
renders the recorded pages in forked processes, which share the whole
build's memory already.

What this asks of templates and generators: a page's output must depend on
what is passed to `write_file` (the context as it is at that moment is
kept), not on state changed between calls, such as translations installed
into the environment for one page and replaced for the next.
`content_written` and `feed_written` are sent by the process that writes
the file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial

from pelican.writers import Writer

from forked_work import process_count, run_forked, share_out

logger = logging.getLogger(__name__)

# Below this many pages, starting a process costs more than it saves.
PARALLEL_FROM = 32


class DeferredWriter(Writer):
    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        self._names: list[str] = []
        self._writes: list[Callable[[], object]] = []

    def write_file(self, name, template, context, *args, **kwargs) -> None:
        if not name:
            return  # Pelican writes nothing for an empty name (a skipped page)
        # The context as it is now: generators may change it before the page is written.
        self._record(name, partial(super().write_file, name, template, dict(context), *args, **kwargs))

    def write_feed(self, elements, context, path=None, *args, **kwargs):
        if not path:
            return super().write_feed(elements, context, path, *args, **kwargs)  # only the feed object is wanted
        self._record(path, partial(super().write_feed, list(elements), dict(context), path, *args, **kwargs))
        return None

    def _record(self, name: str, write: Callable[[], object]) -> None:
        self._names.append(name)
        self._writes.append(write)

    def write_out(self) -> None:
        """Write every recorded page, on `CLIPLINE_PROCESSES` processes (all cores by default)."""
        names, writes = self._names, self._writes
        self._names, self._writes = [], []
        processes = process_count(self.settings.get("CLIPLINE_PROCESSES")) if len(writes) >= PARALLEL_FROM else 1
        logger.debug("Writing %d pages in %d processes", len(writes), processes)

        def write_share(share: Sequence[int]) -> None:
            for index in share:
                try:
                    writes[index]()
                except Exception as problem:
                    # Recorded pages fail far from the generator that asked for them.
                    problem.add_note(f"while writing {names[index]}")
                    raise

        run_forked(share_out(names, processes), write_share)


class WriteOut:
    """The build's last step (after the static files): write the pages."""

    def __init__(self, *args, **kwargs) -> None:
        pass

    def generate_output(self, writer) -> None:
        if isinstance(writer, DeferredWriter):
            writer.write_out()
