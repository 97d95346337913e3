package org.counterdesk.print;

import java.io.IOException;

/** Something drawn into a block of a {@link Flow} once the page exists; {@code top} is the block's top edge. */
@FunctionalInterface
public interface Drawing {

    void draw(Ink ink, float top) throws IOException;
}
