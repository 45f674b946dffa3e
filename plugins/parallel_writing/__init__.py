"""Pages written on every core: `PELICAN_CLASS = "parallel_writing.ParallelPelican"`.

Not a plugin: the pages must be written after the last generator and before
any `finalized` receiver (which may read them), and only the Pelican class
decides what runs when. `ParallelPelican` gives Pelican a `DeferredWriter`
(`writer.py`) and adds one last step that writes the recorded pages in
forked processes (`forked_work.py`). Everything else is Pelican's own `run()`.
"""

from __future__ import annotations

from pelican import Pelican
from pelican.writers import Writer

from .writer import DeferredWriter, WriteOut


class ParallelPelican(Pelican):
    def _get_writer(self):
        writer = super()._get_writer()
        if type(writer) is not Writer:
            return writer  # a plugin's own writer: leave it as it is
        return DeferredWriter(self.output_path, settings=self.settings)

    def _get_generator_classes(self):
        return [*super()._get_generator_classes(), WriteOut]
