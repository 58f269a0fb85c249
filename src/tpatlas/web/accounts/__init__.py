"""People: the profile that certificates print (legal name, licences) and the learner's
preferences (time zone, language, currency). Sign-up, login and email come from django-allauth.
"""
