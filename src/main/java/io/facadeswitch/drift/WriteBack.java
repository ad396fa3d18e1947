package io.facadeswitch.drift;

import java.nio.file.Path;
import java.util.List;

/**
 * What a write-back did.
 *
 * @param written the files written, in the output folder
 * @param notes   one line per change saying where it went, for the developer who reviews it
 */
public record WriteBack(List<Path> written, List<String> notes) {

    public WriteBack {
        written = List.copyOf(written);
        notes = List.copyOf(notes);
    }
}
