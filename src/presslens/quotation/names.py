"""First names that say whether "he" or "she" may stand for a person named in full.

A short list of our own: common given names in English-language news (politicians, officials,
clergy, witnesses), kept to names that are overwhelmingly used for one gender. Names used for
both (Jordan, Taylor, Jean, Robin, Leslie, Kim, ...) are left out on purpose: no answer is better
than a wrong one, since a gender only ever rules a candidate out.
"""

from __future__ import annotations

from presslens.quotation.cues import lexicon

FEMALE = lexicon("""
    abigail ada adriana agnes aisha alexandra alice alicia alison amanda amber amelia amy ana
    andrea angela angelina ann anna anne annette antonia april audrey barbara beatrice becky
    betsy betty beverly bianca brenda bridget brittany camila candace carla carmen carol caroline
    carolyn catherine cathy cecilia charlotte chelsea cheryl christina christine cindy claire
    clara claudia colleen courtney cynthia daisy danielle deborah debbie debra denise diana
    diane dianne donna doris dorothy edith eileen elaine eleanor elena elise elizabeth ellen
    elsa emily emma erica erin esther eva evelyn fatima fiona florence frances gabriela gail
    gina gloria grace hannah harriet heather heidi helen helena hillary holly ilhan ingrid irene
    isabel isabella jacqueline jane janet janice jennifer jenny jessica jill joan joanna joanne
    josephine joyce judith judy julia julie justine karen kate katherine kathleen kathryn kathy
    katie kayla kimberly kirsten kristen laura lauren linda lisa liz lois lori louise lucy
    lydia madeleine margaret maria marie marilyn marina marion martha mary maxine megan
    melania melanie melissa michelle mildred miriam molly monica nadia nancy naomi natalie
    natasha nicole nikki nina nora olivia pamela patricia paula pauline peggy penny phyllis
    priscilla rachel rebecca regina rita roberta rosa rosemary ruth sabrina sally samantha sandra
    sara sarah sharon sheila shirley simone sonia sophia sophie stacey stephanie susan suzanne
    sylvia tamara tammy teresa theresa tina tracy ursula valerie vanessa vera veronica victoria
    virginia wanda wendy yolanda yvonne zoe
""")

MALE = lexicon("""
    aaron abdul abraham adam adrian ahmed alan albert alberto alejandro alexander alexei alfred
    ali allen alvin andre andrew andy angelo anthony antonio arnold arthur barack barry ben
    benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brent brett brian
    bruce bryan carl carlos chad charles charlie chris christopher chuck clarence clifford colin
    craig curtis dale dan daniel danny darren dave david dean dennis derek dick dirk dmitry
    don donald doug douglas duncan dwight earl eddie edgar eduardo edward edwin emmanuel enrique
    eric ernest eugene evan fernando francis francisco frank franklin fred frederick gary gavin
    george gerald gerard gilbert giuseppe glenn gordon graham greg gregory guy hamza hans harold
    harry harvey hector henry herbert howard hugh hugo ian igor isaac ivan jack jacob jake james
     jared jason javier jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john
    johnny jon jonathan jorge jose joseph joshua juan julian justin karl keith ken kenneth kevin
    kirk kurt larry lawrence leo leon leonard louis luis luke marco marcus mario
    mark martin matt matthew maurice max michael miguel mike mitch mitchell mohammed muhammad
    nathan neil nicholas nick nigel noah norman oliver omar oscar owen patrick paul pedro peter
    philip phillip pierre ralph ramon randy raul ray raymond reginald ricardo richard rick
    robert roberto rod rodney roger roland ron ronald ross roy rudy russell ryan salvador
    samuel scott sean sergei sergey seth shawn sidney simon stanley stefan stephen steve steven
    stuart ted theodore thomas tim timothy todd tom tommy tony travis trevor tucker
    victor vincent vladimir walter warren wayne wesley william willie xavier yuri zachary
""")


_TITLES = lexicon("""
    president senator minister prime secretary governor mayor judge pope cardinal archbishop
    bishop father sister brother professor doctor general sir dame lord lady king queen prince
    princess rep sen dr mr mrs ms gov
""")


def first_name_gender(name: str) -> str | None:
    """'m' or 'f' when the first word of a full name is a first name of one gender."""
    words = [w.lower() for w in name.split()]
    while words and (words[0].endswith(".") or words[0] in _TITLES):
        words = words[1:]  # "Sen.", "President", "Dr."
    if len(words) < 2:
        return None  # a lone name is as often a surname ("Graham", "Francis")
    first = words[0].strip(",’'")
    if first in FEMALE:
        return "f"
    if first in MALE:
        return "m"
    return None
