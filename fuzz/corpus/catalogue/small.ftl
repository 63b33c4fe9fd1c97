yes = oui
no = {"\u00e9"} { $x ->
  [one] un
 *[other] autres
}
