package nl.inburgeringsregie.archief;

/** No such list among the user's gemeenten (HTTP 404: another gemeente's list is not shown to exist). */
class DestructionListNotFoundException extends RuntimeException {

    DestructionListNotFoundException(long id) {
        super("Vernietigingslijst " + id + " bestaat niet");
    }
}
