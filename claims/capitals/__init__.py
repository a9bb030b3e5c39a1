"""The two capitals' accounts of one visit, side by side: what each side's outlets said of each claim."""
