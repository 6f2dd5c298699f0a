"""UserError: the code and params the UI words, and the English sentence the command line prints."""

from checkin.confirmations.mailer import Stopped
from checkin.errors import UserError


def test_an_error_carried_on_keeps_its_code_params_and_words_even_with_braces_in_them():
    try:
        raise UserError("smtp_login_refused", "At {host} ({reason}).", host="smtp.pl", reason="535 {x}")
    except UserError as error:
        carried = Stopped.carrying(error)
    assert isinstance(carried, Stopped)
    assert carried.code == "smtp_login_refused"
    assert carried.params == {"host": "smtp.pl", "reason": "535 {x}"}
    assert str(carried) == "At smtp.pl (535 {x})."
    assert carried.__traceback__ is None and carried.__cause__ is None
