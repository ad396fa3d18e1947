package io.facadeswitch.rehearsal;

/** The copy of the environment could not be made: the rehearsal fails at its copy step, saying why. */
final class CopyFailure extends RuntimeException {

    CopyFailure(String message) {
        super(message);
    }
}
