package io.facadeswitch.facade;

import io.facadeswitch.routing.Colour;
import java.util.Arrays;
import java.util.List;

/** The owner roles of both colours: roles whose rights on the core are the deployer's to grant and take. */
public final class ColourOwners {

    private ColourOwners() {
    }

    public static List<String> of(String baseRole) {
        return Arrays.stream(Colour.values()).map(colour -> ColourOwner.of(baseRole, colour)).toList();
    }
}
